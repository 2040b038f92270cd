import type { APIRoute, GetStaticPaths } from 'astro';
import { base } from '~/site/base';
import { giftModule } from '~/features/educators/gift';
import { defaultQuestions, lessonId, lessonsOf } from '~/features/lesson/content';
import { uiStringsFor } from '~/site/content';
import { localeIds, locales, modules, type Locale, type ModuleId } from '~/site/locales';

export const getStaticPaths = (() =>
	localeIds.flatMap((locale) =>
		modules.map((module) => ({ params: { locale, module } }))
	)) satisfies GetStaticPaths;

/** `/<locale>/educators/export/<module>.gift.txt`: the module's quiz questions for Moodle's GIFT import. */
export const GET: APIRoute = async ({ params, site }) => {
	const locale = params['locale'] as Locale;
	const module = params['module'] as ModuleId;
	const strings = await uiStringsFor(locale);
	if (!strings['educators.gift.orderingNote'])
		throw new Error(
			`content/i18n/${locales[locale].lang}.json: educators.gift.orderingNote is missing.`
		);
	const lessons = (await lessonsOf(locale, module)).map((entry) => ({
		slug: lessonId(entry).split('/')[1]!,
		title: entry.data.title,
		url: new URL(`${base}${entry.id}/`, site).href,
		questions: defaultQuestions(entry),
	}));
	const heading = `Borrow Wisely — ${strings[`module.${module}`]} (${locale})`;
	const body = giftModule(module, heading, lessons, {
		orderingNote: strings['educators.gift.orderingNote'],
	});
	return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
