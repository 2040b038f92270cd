import type { APIRoute, GetStaticPaths } from 'astro';
import { uiStringsFor } from '~/site/content';
import { localeIds, type Locale } from '~/site/locales';
import { stringsUnder } from '~/site/strings';

export const getStaticPaths = (() =>
	localeIds.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

/**
 * `/<locale>/tools/strings.json`: the calculators' words for one locale, by their full `tools.*` keys.
 * A lesson that embeds a calculator fetches them with its code as the reader nears it
 * (src/features/calculators/shared/lazy-calculators.ts), instead of carrying them in its HTML: the lesson's first
 * load stays within its 40 KB budget.
 */
export const GET: APIRoute = async ({ params }) => {
	const all = await uiStringsFor(params['locale'] as Locale);
	return new Response(JSON.stringify(stringsUnder(all, ['tools'])), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
