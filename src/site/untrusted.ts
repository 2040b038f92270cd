/**
 * Characters never kept from a link or from storage: C0 and C1 controls, and the bidirectional
 * marks, embeddings, overrides and isolates (U+061C, U+200E–200F, U+202A–202E, U+2066–2069), which
 * can make text read in another order than it was written ("…yap" shown as "pay…").
 */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Text read from a link or from storage: a string (or finite number) with control and bidi characters removed, capped in length; anything else is undefined. */
export function untrustedText(value: unknown, max: number): string | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
	return typeof value === 'string' ? value.replace(UNSAFE, '').slice(0, max) : undefined;
}

/** Longest name a budget row or a debt may have. */
export const MAX_NAME_LENGTH = 60;
