import type { APIRoute, GetStaticPaths } from 'astro';
import { giftExport } from '~/features/educators/gift-content';
import { localeIds, modules, type Locale, type ModuleId } from '~/site/locales';

export const getStaticPaths = (() =>
	localeIds.flatMap((locale) =>
		modules.map((module) => ({ params: { locale, module } }))
	)) satisfies GetStaticPaths;

/**
 * `/<locale>/educators/export/<module>.gift.txt`: the module's quiz questions for Moodle's GIFT import,
 * those of each lesson's default place (other places: [module].[place].gift.txt.ts).
 */
export const GET: APIRoute = ({ params, site }) =>
	giftExport(params['locale'] as Locale, params['module'] as ModuleId, undefined, site);
