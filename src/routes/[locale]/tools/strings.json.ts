import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { allToolStrings } from '~/features/calculators/shared/strings';
import { localeIds, locales, type Locale } from '~/site/locales';

export const getStaticPaths = (() =>
	localeIds.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

/**
 * `/<locale>/tools/strings.json`: the calculators' words for one locale. A lesson that embeds a calculator
 * fetches them with its code as the reader nears it (src/features/calculators/shared/LazyCalculators.astro), instead
 * of carrying them in its HTML: the lesson's first load stays within its 40 KB budget.
 */
export const GET: APIRoute = async ({ params }) => {
	const { lang } = locales[params['locale'] as Locale];
	const entry = (await getCollection('i18n')).find(
		(e) => e.id.toLowerCase() === lang.toLowerCase()
	);
	if (!entry)
		throw new Error(
			`No UI strings (content/i18n/${lang}.json) for the calculators' words in ${params['locale']}.`
		);
	return new Response(JSON.stringify(allToolStrings(entry.data)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
