// The reader's place: whose rules a lesson, a quiz, a tool and the help lines show. Places are not
// locales: a zh-tw reader may live in Taiwan or Hong Kong, an es reader in Mexico, Spain or the US.
// Pure and browser-safe; the build (content.ts) and the browser (bw-place.ts) share it.
import type { Locale } from '~/site/locales';

/** Every place the course can speak to, as `?place=` ids and `<Place id>` values. */
export const places = ['cn', 'tw', 'hk', 'us', 'uk', 'mx', 'es'] as const;
export type PlaceId = (typeof places)[number];

export function isPlace(value: unknown): value is PlaceId {
	return typeof value === 'string' && (places as readonly string[]).includes(value);
}

/**
 * The places a locale's readers most likely live in, most likely first. A page shows the first one it
 * has rules for until the reader picks, and that is what readers without JavaScript see.
 */
export const likelyPlaces: Record<Locale, readonly PlaceId[]> = {
	en: ['us', 'uk', 'hk', 'cn', 'tw', 'mx', 'es'],
	'zh-cn': ['cn', 'hk', 'tw', 'us', 'uk', 'mx', 'es'],
	'zh-tw': ['tw', 'hk', 'cn', 'us', 'uk', 'mx', 'es'],
	es: ['mx', 'us', 'es', 'uk', 'cn', 'tw', 'hk'],
};

/** The currency a tool opens on for a reader of each place (ISO 4217). */
export const placeCurrency: Record<PlaceId, string> = {
	cn: 'CNY',
	tw: 'TWD',
	hk: 'HKD',
	us: 'USD',
	uk: 'GBP',
	mx: 'MXN',
	es: 'EUR',
};

/** Locales whose readers are asked where they live on their first lesson, instead of assumed. */
export const asksFirst: Record<Locale, boolean> = {
	en: true,
	'zh-cn': false,
	'zh-tw': false,
	es: false,
};

/** The place a page shows before the reader picks: the locale's most likely place the page has. */
export function defaultPlace(locale: Locale, available: readonly PlaceId[]): PlaceId | undefined {
	const likely = likelyPlaces[locale] ?? [];
	return likely.find((place) => available.includes(place)) ?? available[0];
}

/**
 * The place a page shows a reader who asked for `asked` (a place route, a handout or export for a place):
 * that place if the page has rules for it, else the locale's default. A reader of a place the page lacks
 * gets the default's rules, and its questions.
 */
export function placeShown(
	locale: Locale,
	available: readonly PlaceId[],
	asked: PlaceId | undefined
): PlaceId | undefined {
	return asked && available.includes(asked) ? asked : defaultPlace(locale, available);
}

/** `available` in the locale's order (most likely first): the order a place menu lists them. */
export function inLocaleOrder(locale: Locale, available: readonly PlaceId[]): PlaceId[] {
	return (likelyPlaces[locale] ?? []).filter((place) => available.includes(place));
}

/**
 * What a `?place=` parameter asks for: a known place, `unknown` for anything else (a typo, a place the
 * course does not cover, a hostile value), or nothing when the parameter is absent or empty.
 */
export function placeParam(search: string): PlaceId | 'unknown' | undefined {
	const value = new URLSearchParams(search).get('place');
	if (value === null || value.trim() === '') return undefined;
	const id = value.trim().toLowerCase();
	return isPlace(id) ? id : 'unknown';
}

/** The path segment of a page's version for one place: `<locale>/place/<place>/<rest>/`. */
export const placeSegment = 'place';

/** Path (relative to the base) of a docs entry's version for `place`: `zh-tw/place/hk/rights/x/`. */
export function placePath(entryId: string, place: PlaceId): string {
	const [locale, ...rest] = entryId.split('/');
	return `${locale}/${placeSegment}/${place}/${rest.join('/')}/`;
}

/** The docs entry id and place a place-version path shows (`zh-tw/place/hk/rights/x/`), if it is one. */
export function fromPlacePath(path: string): { id: string; place: PlaceId } | undefined {
	const [locale, segment, place, ...rest] = path.replace(/^\/+|\/+$/g, '').split('/');
	if (segment !== placeSegment || !isPlace(place) || !locale || rest.length === 0) return undefined;
	return { id: [locale, ...rest].join('/'), place };
}
