import { base } from '~/site/base';
import { bestLocale, parseLocale } from '~/site/language';
import type { Locale } from '~/site/locales';
import type { StorageKey } from '~/site/storage-keys';

// Raw localStorage, each call guarded, rather than readKey/writeKey from site/storage: this runs on
// every page (the language menu), and sharing site/storage with the sidebar's progress marks would
// split it into a chunk of its own, one more request on every first load.

/** The storage key holding the locale a visitor chose. */
export const LANGUAGE_KEY = 'bw:locale' satisfies StorageKey;

/** The visitor's remembered choice, if any and still valid. Storage may be blocked; that is not an error. */
export function rememberedLocale(): Locale | undefined {
	try {
		return parseLocale(localStorage.getItem(LANGUAGE_KEY));
	} catch {
		return undefined;
	}
}

/** Remembers the choice; where storage is blocked or full it lasts this visit only. */
export function rememberLocale(locale: Locale): void {
	try {
		localStorage.setItem(LANGUAGE_KEY, locale);
	} catch {
		// Private mode or storage disabled: the choice lasts this visit only.
	}
}

/** Remembers the locale named by the first segment of a site path after the base. */
export function rememberLocaleFromPath(pathname: string): void {
	const rest = pathname.slice(base.length - 1);
	const locale = parseLocale(rest.split('/')[1]);
	if (locale) rememberLocale(locale);
}

/** Where `/` should send this visitor: their earlier choice, else their browser's best match. */
export function chosenLocale(): Locale {
	return (
		rememberedLocale() ??
		bestLocale(navigator.languages?.length ? navigator.languages : [navigator.language])
	);
}
