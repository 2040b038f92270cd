// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { defineConfig } from 'astro/config';
import { defaultLocale, localeIds, locales, modules } from './src/site/locales.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/markdown/base-links.ts';
import { glossaryLinks } from './src/markdown/glossary-links.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteRoutes } from './src/integrations/site-routes.ts';
import { everyPageChunk } from './src/integrations/every-page-chunk.ts';
import { offline } from './src/integrations/offline.ts';
import { pageCss } from './src/integrations/page-css.ts';
import { pagefindRanking } from './src/site/search-ranking.ts';

/** UI strings of one locale, read from the same JSON Starlight loads. */
const strings = (/** @type {string} */ lang) =>
	JSON.parse(readFileSync(new URL(`./content/i18n/${lang}.json`, import.meta.url), 'utf8'));

/** One label per lang tag, for Starlight options that take `translations`. */
const translated = (/** @type {string} */ key) =>
	Object.fromEntries(Object.values(locales).map(({ lang }) => [lang, strings(lang)[key]]));

const base = process.env.BASE_PATH || '/';

export default defineConfig({
	// Content lives in top-level content/, where Starlight's loaders look; see README "Where things live".
	srcDir: './',
	site: 'https://borrowwisely.example',
	// Hosting under a sub-path, e.g. BASE_PATH=/learn/; content links get the prefix at build.
	base,
	// A second build (the sub-path test) writes elsewhere so it cannot clobber dist/.
	outDir: process.env.OUT_DIR || './dist',
	markdown: {
		processor: satteri({
			// Glossary links first, so the base (when set) and the link validator see them too.
			hastPlugins: [
				glossaryLinks(new URL('./', import.meta.url), localeIds),
				...(base === '/' ? [] : [baseLinks(base)]),
			],
		}),
	},
	trailingSlash: 'always',
	// No link prefetching (Starlight turns it on): its script was about 1 KB gzip on every first load,
	// and on hover it downloads pages a reader on prepaid data may never open. The offline worker
	// keeps the pages they do open (src/features/offline/).
	prefetch: false,
	// The modules every page loads go into one file (see the plugin).
	vite: { plugins: [everyPageChunk()] },
	integrations: [
		starlight({
			// The same ranking the search tests use (src/site/search-ranking.ts).
			pagefind: { ranking: pagefindRanking },
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
				// Help lines first: a frightened reader should not have to look for them.
				{ slug: 'help' },
				...modules.map((module) => ({
					label: strings('en')[`module.${module}`],
					translations: translated(`module.${module}`),
					items: [{ autogenerate: { directory: module } }],
				})),
				// The money tools, after the modules: each lesson that teaches one also embeds it.
				{
					label: strings('en')['tools.group'],
					translations: translated('tools.group'),
					items: [{ autogenerate: { directory: 'tools' } }],
				},
				// The learner's own progress, kept in their browser (src/components/progress/).
				{ slug: 'progress' },
				// For educators: how to teach with the course, a lesson plan and an answer key per module.
				{
					label: strings('en')['educators.group'],
					translations: translated('educators.group'),
					items: [{ autogenerate: { directory: 'educators' } }],
				},
				// Slug entries resolve to each locale's own page and take its title as the label.
				{ slug: 'platforms' },
				{ slug: 'glossary' },
				{ slug: 'about' },
				{ slug: 'privacy' },
			],
			// The lesson frame's styles (imported by its component too) are listed first so they keep their
			// place at the head of the one stylesheet every page loads: elsewhere in it they compress less
			// well. The quiz brings its own styles (src/features/quiz/Quiz.astro).
			customCss: ['./src/features/lesson/lesson.css', './src/site/site.css'],
			components: {
				MarkdownContent: './src/overrides/MarkdownContent.astro',
				LanguageSelect: './src/overrides/LanguageSelect.astro',
				Search: './src/overrides/Search.astro',
				Sidebar: './src/overrides/Sidebar.astro',
				Header: './src/overrides/Header.astro',
			},
			// Embed pages (src/routes/embed/[...slug].astro) get their entry and locale here, and lose the site's chrome.
			// The embed view first: it empties the sidebar and the table of contents, which the second then leaves alone.
			// After the frame's, a lesson's quiz styles for a reader who arrives at the quiz (quiz-route-data.ts).
			routeMiddleware: [
				'./src/overrides/embed-route-data.ts',
				'./src/overrides/place-route-data.ts',
				'./src/overrides/page-route-data.ts',
				'./src/overrides/quiz-route-data.ts',
				'./src/overrides/offline-route-data.ts',
			],
			lastUpdated: false,
			credits: false,
			// Every internal link and anchor in content is checked on each build; a broken one stops it.
			// Glossary and help-page anchors are rendered by components the validator cannot see;
			// tests/e2e/glossary.spec.ts and tests/e2e/help.spec.ts check them.
			plugins: [
				starlightLinksValidator({
					errorOnLocalLinks: true,
					exclude: ({ link }) => /\/(glossary|help)\/#/.test(link),
				}),
			],
		}),
		mdx(),
		siteRoutes(),
		// Each page's stylesheet without the rules it cannot match (issue 18); before the CSP hashes inline styles.
		pageCss(),
		// Last but one, so it sees the final HTML: a hash-based CSP per page and in dist/_headers.
		securityHeaders(),
		// After it: the offline worker names the build by its final files (src/features/offline/).
		offline(),
	],
});
