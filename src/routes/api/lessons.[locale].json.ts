import type { APIRoute, GetStaticPaths } from 'astro';
import { base } from '~/site/base';
import { lessonId, lessonsOf } from '~/features/lesson/content';
import { localeIds, type Locale } from '~/site/locales';

/** One lesson in the feed; the shape is published as public/api/lessons.schema.json. */
export interface FeedLesson {
	id: string;
	title: string;
	description: string;
	module: string;
	minutes: number;
	url: string;
	lastReviewed: string;
	objectives: string[];
}

export const getStaticPaths = (() =>
	localeIds.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

/** `/api/lessons.<locale>.json`: every lesson of a locale, for platforms that list or link lessons. */
export const GET: APIRoute = async ({ params, site }) => {
	const locale = params['locale'] as Locale;
	const lessons: FeedLesson[] = (await lessonsOf(locale)).map((entry) => ({
		id: lessonId(entry),
		title: entry.data.title,
		description: entry.data.description ?? '',
		module: entry.data.module,
		minutes: entry.data.minutes,
		url: new URL(`${base}${entry.id}/`, site).href,
		lastReviewed: entry.data.lastReviewed.toISOString().slice(0, 10),
		objectives: entry.data.objectives,
	}));
	const body = { $schema: new URL(`${base}api/lessons.schema.json`, site).href, locale, lessons };
	return new Response(JSON.stringify(body, null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
