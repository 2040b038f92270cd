// The one way browser code touches localStorage: by a registered key (src/site/storage-keys.ts),
// and never throwing. Storage can be missing (a sandboxed frame), blocked (privacy settings) or
// full; each call says what happened instead of breaking the page.
import type { StorageKey } from './storage-keys';

/** The subset of the Storage API the site uses; tests pass a Map-backed stand-in. */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** The browser's localStorage, or undefined where touching it throws (blocked, sandboxed). */
export function localStore(): KeyValueStore | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

/** What a write did: saved, or why not (no storage at all, or the browser refused: usually full). */
export type WriteResult = 'saved' | 'unavailable' | 'refused';

/** The stored text under `key`, or null when there is none or storage cannot be read. */
export function readKey(key: StorageKey, store = localStore()): string | null {
	try {
		return store?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Stores `value` under `key`; never throws. */
export function writeKey(key: StorageKey, value: string, store = localStore()): WriteResult {
	if (!store) return 'unavailable';
	try {
		store.setItem(key, value);
		return 'saved';
	} catch {
		return 'refused';
	}
}

/** Removes `key`; false when storage could not be reached. */
export function removeKey(key: StorageKey, store = localStore()): boolean {
	try {
		if (!store) return false;
		store.removeItem(key);
		return true;
	} catch {
		return false;
	}
}
