// Build only: a module's GIFT file for one place, as the export routes serve it
// (src/routes/[locale]/educators/export/).
import { giftModule } from './gift';
import { allPlaces, otherPlaces } from './by-place';
import { lessonId, lessonsOf, questionsOf } from '~/features/lesson/content';
import { placesOn } from '~/features/place/content';
import { defaultPlace, type PlaceId } from '~/features/place/places';
import { base } from '~/site/base';
import { uiStringsFor } from '~/site/content';
import { locales, type Locale, type ModuleId } from '~/site/locales';

/**
 * The places a module's lessons have rules for: the default (`home`, the locale's most likely of them,
 * whose export is `<module>.gift.txt`) and the others, one export each.
 */
export async function modulePlaces(
	locale: Locale,
	module: ModuleId
): Promise<{ home: PlaceId | undefined; others: PlaceId[] }> {
	const lessons = await lessonsOf(locale, module);
	const all = allPlaces(lessons.map((lesson) => placesOn(lesson.body)));
	return { home: defaultPlace(locale, all), others: otherPlaces(locale, all) };
}

/**
 * The module's questions asked of a reader of `place` (unset: the module's default place, which is each
 * lesson's default too), for Moodle's GIFT import. The heading names the place, so a teacher can tell
 * the files apart.
 */
export async function giftExport(
	locale: Locale,
	module: ModuleId,
	place: PlaceId | undefined,
	site: URL | undefined
): Promise<Response> {
	const strings = await uiStringsFor(locale);
	if (!strings['educators.gift.orderingNote'])
		throw new Error(
			`content/i18n/${locales[locale].lang}.json: educators.gift.orderingNote is missing.`
		);
	const shown = place ?? (await modulePlaces(locale, module)).home;
	const lessons = (await lessonsOf(locale, module)).map((entry) => ({
		slug: lessonId(entry).split('/')[1]!,
		title: entry.data.title,
		url: new URL(`${base}${entry.id}/`, site).href,
		questions: questionsOf(entry, shown),
	}));
	const where = shown ? `, ${strings[`jurisdiction.${shown}`]}` : '';
	const heading = `Borrow Wisely — ${strings[`module.${module}`]}${where} (${locale})`;
	const body = giftModule(module, heading, lessons, {
		orderingNote: strings['educators.gift.orderingNote'],
	});
	return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
