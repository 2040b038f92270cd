/**
 * The learner's name for the printed completion summary, stored under `bw:learner-name` only when they
 * tick "remember my name on this device"; otherwise it lives in the page and is gone when it closes.
 * Plain text, at most MAX_LEARNER_NAME characters, control characters removed; shown with textContent.
 */
import type { KeyValueStore } from '../../site/storage';
import type { StorageKey } from '../../site/storage-keys';
import { untrustedText } from '../../site/untrusted';

export const LEARNER_NAME_KEY = 'bw:learner-name' satisfies StorageKey;
export const MAX_LEARNER_NAME = 80;

/** The browser's `localStore()`; tests pass a fake. */
type NameStorage = KeyValueStore;

export function cleanName(value: unknown): string {
	return [...(untrustedText(value, MAX_LEARNER_NAME * 2) ?? '').trim()]
		.slice(0, MAX_LEARNER_NAME)
		.join('');
}

/** The remembered name, or '' (nothing stored, storage blocked, or not text). */
export function readLearnerName(storage: NameStorage | undefined): string {
	try {
		return cleanName(storage?.getItem(LEARNER_NAME_KEY));
	} catch {
		return '';
	}
}

/** Remembers a name; an empty name forgets it. False when storage is unavailable. */
export function rememberLearnerName(storage: NameStorage | undefined, name: string): boolean {
	const clean = cleanName(name);
	if (!clean) return forgetLearnerName(storage);
	try {
		storage?.setItem(LEARNER_NAME_KEY, clean);
		return storage !== undefined;
	} catch {
		return false;
	}
}

export function forgetLearnerName(storage: NameStorage | undefined): boolean {
	try {
		storage?.removeItem(LEARNER_NAME_KEY);
		return storage !== undefined;
	} catch {
		return false;
	}
}
