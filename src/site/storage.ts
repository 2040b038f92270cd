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

/**
 * What a stored value turned out to be. `newer` (a later format, e.g. written after an upgrade or by a
 * newer tab) and `damaged` (not ours, broken or over the size limit) are never overwritten by an
 * update: the page says so and the reader decides.
 */
export type Loaded<T> =
	{ kind: 'ok'; value: T } | { kind: 'newer'; raw: string } | { kind: 'damaged'; raw: string };

/** How one feature's saved data is read and written. */
export interface Codec<T> {
	key: StorageKey;
	/** The value when nothing is stored yet. */
	empty(): T;
	/** Reads stored text (never null). It may read more than `maxChars` (data an older version wrote); `update` never writes more. */
	decode(raw: string): Loaded<T>;
	encode(value: T): string;
	/** The most characters `decode` accepts: nothing longer is ever written. */
	maxChars: number;
}

/** What `update` did: saved, or why nothing was written. */
export type SaveResult = WriteResult | 'tooLarge' | 'newer' | 'damaged';

/** The stored value now (the codec's empty value when nothing is stored or storage is out of reach). */
export function load<T>(codec: Codec<T>, store = localStore()): Loaded<T> {
	const raw = readKey(codec.key, store);
	return raw === null ? { kind: 'ok', value: codec.empty() } : codec.decode(raw);
}

/**
 * Applies `change` to what is stored NOW (re-read at once, so a change made in another tab since this
 * page loaded is kept) and saves the result; never over a newer format or damaged data, never past
 * `maxChars`, and only if it reads back. `value` is what is stored afterwards, or what would have been.
 */
export function update<T>(
	codec: Codec<T>,
	change: (current: T) => T,
	store = localStore()
): { result: SaveResult; value: T } {
	const now = load(codec, store);
	if (now.kind !== 'ok') return { result: now.kind, value: codec.empty() };
	const next = change(now.value);
	const text = codec.encode(next);
	if (text.length > codec.maxChars) return { result: 'tooLarge', value: now.value };
	const result = writeKey(codec.key, text, store);
	if (result !== 'saved') return { result, value: now.value };
	// Some browsers accept a write they then cannot return (storage evicted or blocked mid-way).
	return readKey(codec.key, store) === text
		? { result, value: next }
		: { result: 'refused', value: now.value };
}

/** Replaces whatever is stored, even newer or damaged data: only for a choice the reader made (erase, start fresh). */
export function replace<T>(codec: Codec<T>, value: T, store = localStore()): SaveResult {
	const text = codec.encode(value);
	return text.length > codec.maxChars ? 'tooLarge' : writeKey(codec.key, text, store);
}

/**
 * Calls `onChange` when another tab of this site changes `key` (the browser's `storage` event fires
 * only in the other tabs). Returns a function that stops listening.
 */
export function onOtherTabChange(key: StorageKey, onChange: () => void): () => void {
	const listener = (event: StorageEvent) => {
		// key null: the other tab cleared all storage.
		if (event.key === key || event.key === null) onChange();
	};
	globalThis.addEventListener?.('storage', listener);
	return () => globalThis.removeEventListener?.('storage', listener);
}
