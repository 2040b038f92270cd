import type { APIRoute, GetStaticPaths } from 'astro';
import { giftExport, modulePlaces } from '~/features/educators/gift-content';
import type { PlaceId } from '~/features/place/places';
import { localeIds, modules, type Locale, type ModuleId } from '~/site/locales';

export const getStaticPaths = (async () => {
	const paths = [];
	for (const locale of localeIds)
		for (const module of modules)
			for (const place of (await modulePlaces(locale, module)).others)
				paths.push({ params: { locale, module, place } });
	return paths;
}) satisfies GetStaticPaths;

/**
 * `/<locale>/educators/export/<module>.<place>.gift.txt`: the module's quiz questions asked of a reader of
 * <place> (its questions on each lesson that has its rules, the default's elsewhere), for Moodle's GIFT import.
 */
export const GET: APIRoute = ({ params, site }) =>
	giftExport(
		params['locale'] as Locale,
		params['module'] as ModuleId,
		params['place'] as PlaceId,
		site
	);
