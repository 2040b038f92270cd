// Which help lines a locale's help page shows, in what order, and how a number is dialled.
// Pure and browser-safe; the schema and the page component both use it.
import type { Locale } from '~/site/locales';
import { likelyPlaces, places, type PlaceId } from '../place/places';

/** Places that can have help lines: every place of the place setting. */
export const helpPlaces = places;
export type HelpPlace = PlaceId;

/** The page's sections, in page order: the crisis line always comes first. */
export const helpCategories = [
	'crisis',
	'police',
	'legal-aid',
	'court-check',
	'complain-lender',
	'report-harassment',
	'report-fraud',
] as const;
export type HelpCategory = (typeof helpCategories)[number];

/**
 * The places each locale's page lists, the reader's most likely place first: every place, so a reader
 * who lives somewhere else finds their lines too (the page then puts their chosen place first).
 */
export const placesFor: Record<Locale, readonly HelpPlace[]> = likelyPlaces;

/** A `tel:` address for a number as printed: digits only, keeping a leading +. */
export function telHref(number: string): string {
	const plus = number.trim().startsWith('+') ? '+' : '';
	return `tel:${plus}${number.replace(/\D/g, '')}`;
}

interface Placed {
	place: HelpPlace;
	category: HelpCategory;
}

/**
 * The lines of one section for a locale, grouped by place in the locale's order; places with no
 * line in that section are left out, and lines keep their order in the data file.
 */
export function linesBySection<T extends Placed>(
	lines: readonly T[],
	locale: Locale,
	category: HelpCategory
): { place: HelpPlace; lines: T[] }[] {
	return placesFor[locale]
		.map((place) => ({
			place,
			lines: lines.filter((line) => line.place === place && line.category === category),
		}))
		.filter((group) => group.lines.length > 0);
}
