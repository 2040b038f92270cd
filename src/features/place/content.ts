// Build side of the place setting: which places a page has rules for, and which one this render shows.
// A page's rules sit in its MDX as <PlaceRules><Place id="tw">…</Place>…</PlaceRules>; the page shows its
// locale's default place, and /<locale>/place/<id>/<slug>/ (src/routes/[locale]/place/) shows another.
import type { Locale } from '~/site/locales';
import { isPlace, placeShown, type PlaceId } from './places';

/** The places a page's MDX has `<Place id>` sections for, in the order they first appear. */
export function placesOn(body: string | undefined): PlaceId[] {
	const found = [...(body ?? '').matchAll(/<Place\s+id="([a-z]+)"/g)].map((m) => m[1]);
	return [...new Set(found)].filter(isPlace);
}

/** The places a docs entry has versions for: its `<Place>` sections, or the `places` its tool lists. */
export function placesOf(entry: {
	body?: string | undefined;
	data: { places?: readonly PlaceId[] | undefined };
}): PlaceId[] {
	return [...new Set([...placesOn(entry.body), ...(entry.data.places ?? [])])];
}

export interface PlaceContext {
	/** The docs entry whose rules are shown (a handout's lesson, or the page itself). */
	id: string;
	locale: Locale;
	/** The places the page has rules for. */
	available: PlaceId[];
	/** The place this render shows; undefined on a page without rules by place. */
	shown: PlaceId | undefined;
}

/**
 * The place setting of this render: the page (or the lesson a route renders, `locals.bwPlaceEntry`), its
 * places, and the one shown: the place a place route asked for, else the locale's default.
 */
export function placeContext(locals: App.Locals): PlaceContext {
	const entry = locals.bwPlaceEntry ?? locals.starlightRoute.entry;
	const locale = entry.id.split('/')[0] as Locale;
	const available = placesOf(entry);
	return { id: entry.id, locale, available, shown: placeShown(locale, available, locals.bwPlace) };
}
