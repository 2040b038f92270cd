// Build side: which locale a page is in, and the per-locale content files features read.
// Build only (astro:content); browser code never imports it.
import type { AstroGlobal } from 'astro';
import { getEntry, type CollectionKey } from 'astro:content';
import { parseLocale } from './language';
import { defaultLocale, locales, type Locale } from './locales';

/**
 * The locale of the page being rendered. On a fallback page (a translation missing) Starlight
 * shows the default locale's entry under this locale's URL; `content: true` asks for the locale
 * the content is in (the entry's), the default asks for the reader's (the URL's).
 */
export function pageLocale(astro: Pick<AstroGlobal, 'locals'>, { content = false } = {}): Locale {
	const { starlightRoute } = astro.locals;
	// An entry's id starts with its locale (`en/borrowing/check`).
	const locale =
		content && starlightRoute.isFallback
			? starlightRoute.entry.id.split('/')[0]
			: starlightRoute.locale;
	return parseLocale(locale) ?? defaultLocale;
}

/** One locale's file of a per-locale collection (content/<folder>/<locale>.yaml), or stop the build. */
export async function entryFor<C extends CollectionKey>(collection: C, locale: Locale) {
	const entry = await getEntry(collection, locale);
	if (!entry)
		throw new Error(`The ${collection} collection has no file for ${locale} (${locale}.yaml).`);
	return entry;
}

/** One locale's UI strings (content/i18n/<lang>.json) outside a Starlight page, where `t()` is not set. */
export async function uiStringsFor(locale: Locale): Promise<Record<string, string>> {
	const entry = await getEntry('i18n', locales[locale].lang.toLowerCase());
	if (!entry) throw new Error(`content/i18n/${locales[locale].lang}.json is missing.`);
	return entry.data as Record<string, string>;
}
