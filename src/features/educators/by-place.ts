// The educators' materials come in one version per place a lesson or module has rules for: the default
// (the locale's most likely place) at the usual address, each other place at an address naming it.
// Pure: the routes, the plan's links and the place picker share it.
import type { Locale } from '~/site/locales';
import { defaultPlace, inLocaleOrder, placePath, type PlaceId } from '../place/places';

/** The places with a version of their own beyond the default one, in the locale's order. */
export function otherPlaces(locale: Locale, available: readonly PlaceId[]): PlaceId[] {
	const home = defaultPlace(locale, available);
	return inLocaleOrder(locale, available).filter((place) => place !== home);
}

/** Every place any of `lists` has, without repeats (a module's places, from its lessons'). */
export function allPlaces(lists: readonly (readonly PlaceId[])[]): PlaceId[] {
	return [...new Set(lists.flat())];
}

/**
 * Path (relative to the base) of a lesson's handout, from its docs entry id: the default place's at
 * `en/educators/handouts/borrowing/x/`, another place's at `en/educators/handouts/borrowing/x/tw/`.
 */
export function handoutPath(entryId: string, place?: PlaceId): string {
	const [locale, ...rest] = entryId.split('/');
	return `${locale}/educators/handouts/${rest.join('/')}/${place ? `${place}/` : ''}`;
}

/** File name of a module's GIFT export: `borrowing.gift.txt` (default place), `borrowing.tw.gift.txt`. */
export function giftFile(module: string, place?: PlaceId): string {
	return `${module}.${place ? `${place}.` : ''}gift.txt`;
}

/**
 * Path (relative to the base) of the lesson page that asks a question about `place`: the lesson's own
 * for a place-neutral question or one about its default place, else its version for that place.
 */
export function lessonPathFor(
	entryId: string,
	available: readonly PlaceId[],
	place: PlaceId | undefined
): string {
	const locale = entryId.split('/')[0] as Locale;
	return place && available.includes(place) && place !== defaultPlace(locale, available)
		? placePath(entryId, place)
		: `${entryId}/`;
}
