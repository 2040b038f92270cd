import type { APIRoute, GetStaticPaths } from 'astro';
import { reviewQuestions } from '~/features/progress/review-content';
import { uiStringsFor } from '~/site/content';
import { localeIds, type Locale } from '~/site/locales';

export const getStaticPaths = (() =>
	localeIds.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

/**
 * `/<locale>/progress/review.json`: every lesson question with its words, key and section link, for
 * "Review what you missed" on the progress page. Fetched only when the learner has answers stored, so
 * the page's first load stays light.
 */
export const GET: APIRoute = async ({ params }) => {
	const locale = params['locale'] as Locale;
	const questions = await reviewQuestions(locale, await uiStringsFor(locale));
	return new Response(JSON.stringify({ questions }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
