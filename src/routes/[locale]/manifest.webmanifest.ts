import type { APIRoute, GetStaticPaths } from 'astro';
import config from 'virtual:starlight/user-config';
import { webManifest } from '~/features/offline/manifest';
import { base } from '~/site/base';
import { uiStringsFor } from '~/site/content';
import { localeIds, locales, type Locale } from '~/site/locales';

export const getStaticPaths = (() =>
	localeIds.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

/**
 * `/<locale>/manifest.webmanifest`: the locale's web app manifest, linked from each of its pages (not
 * the embed view), so the course can be added to a home screen and opens in that language.
 */
export const GET: APIRoute = async ({ params }) => {
	const locale = params['locale'] as Locale;
	const { lang } = locales[locale];
	const strings = await uiStringsFor(locale);
	const manifest = webManifest(locale, lang, base, {
		name: config.title[lang] ?? strings['offline.appShortName'] ?? '',
		shortName: strings['offline.appShortName'] ?? '',
		description: strings['site.tagline'] ?? '',
	});
	return new Response(JSON.stringify(manifest), {
		headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
	});
};
