// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { defineConfig } from 'astro/config';
import { defaultLocale, locales, modules } from './src/locales.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { languageChooser } from './src/integrations/language-chooser.ts';

/** UI strings of one locale, read from the same JSON Starlight loads. */
const strings = (/** @type {string} */ lang) =>
	JSON.parse(readFileSync(new URL(`./content/i18n/${lang}.json`, import.meta.url), 'utf8'));

/** One label per lang tag, for Starlight options that take `translations`. */
const translated = (/** @type {string} */ key) =>
	Object.fromEntries(Object.values(locales).map(({ lang }) => [lang, strings(lang)[key]]));

export default defineConfig({
	// Content lives in top-level content/, where Starlight's loaders look; see README "Where things live".
	srcDir: './',
	site: 'https://borrowwisely.example',
	// Hosting under a sub-path, e.g. BASE_PATH=/learn/.
	base: process.env.BASE_PATH || '/',
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: {
				en: 'Borrow Wisely',
				'zh-CN': '明智借贷',
				'zh-TW': '明智借貸',
				es: 'Pide prestado con cabeza',
			},
			description: strings('en')['site.tagline'],
			defaultLocale,
			locales,
			sidebar: [
				...modules.map((module) => ({
					label: strings('en')[`module.${module}`],
					translations: translated(`module.${module}`),
					items: [{ autogenerate: { directory: module } }],
				})),
				// The money tools, after the modules: each lesson that teaches one also embeds it.
				{ label: strings('en')['tools.group'], translations: translated('tools.group'), items: [{ autogenerate: { directory: 'tools' } }] },
			],
			customCss: ['./src/styles/site.css'],
			components: {
				MarkdownContent: './src/components/MarkdownContent.astro',
				LanguageSelect: './src/components/LanguageSelect.astro',
				Search: './src/components/Search.astro',
			},
			lastUpdated: false,
			credits: false,
			// Every internal link and anchor in content is checked on each build; a broken one stops it.
			plugins: [starlightLinksValidator({ errorOnLocalLinks: true })],
		}),
		mdx(),
		languageChooser(),
		// Last, so it sees the final HTML: a hash-based CSP per page and in dist/_headers.
		securityHeaders(),
	],
});
