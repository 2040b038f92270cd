import { describe, expect, it } from 'vitest';
import {
	load,
	readKey,
	removeKey,
	replace,
	update,
	writeKey,
	type Codec,
	type KeyValueStore,
} from '../../../src/site/storage';

/** A Map-backed store two "tabs" can share; `quota` makes setItem throw past that many characters. */
function memoryStore(quota = Infinity): KeyValueStore & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => {
			if (v.length > quota) throw new DOMException('full', 'QuotaExceededError');
			map.set(k, v);
		},
		removeItem: (k) => void map.delete(k),
	};
}

interface Doc {
	version: 1;
	ids: string[];
}
const codec: Codec<Doc> = {
	key: 'bw:contact-log',
	maxChars: 200,
	empty: () => ({ version: 1, ids: [] }),
	encode: (d) => JSON.stringify(d),
	decode(raw) {
		if (raw.length > 200) return { kind: 'damaged', raw };
		try {
			const d = JSON.parse(raw) as { version?: unknown; ids?: unknown };
			if (typeof d.version === 'number' && d.version > 1) return { kind: 'newer', raw };
			if (d.version !== 1 || !Array.isArray(d.ids)) return { kind: 'damaged', raw };
			return { kind: 'ok', value: { version: 1, ids: d.ids as string[] } };
		} catch {
			return { kind: 'damaged', raw };
		}
	},
};
const add = (id: string) => (d: Doc) => ({ ...d, ids: [...d.ids, id] });

describe('key access', () => {
	it('never throws: no storage, a throwing getter, a full store', () => {
		expect(readKey('bw:budget', undefined)).toBeNull();
		expect(writeKey('bw:budget', 'x', undefined)).toBe('unavailable');
		expect(removeKey('bw:budget', undefined)).toBe(false);
		const throwing: KeyValueStore = {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('blocked');
			},
			removeItem: () => {
				throw new Error('blocked');
			},
		};
		expect(readKey('bw:budget', throwing)).toBeNull();
		expect(writeKey('bw:budget', 'x', throwing)).toBe('refused');
		expect(removeKey('bw:budget', throwing)).toBe(false);
	});
});

describe('update', () => {
	it('keeps both changes when two tabs each add to what they loaded earlier', () => {
		const store = memoryStore();
		// Both tabs load the same (empty) state, then each adds one entry.
		expect(load(codec, store)).toEqual({ kind: 'ok', value: codec.empty() });
		expect(update(codec, add('from-tab-a'), store).result).toBe('saved');
		expect(update(codec, add('from-tab-b'), store).result).toBe('saved');
		expect(load(codec, store)).toEqual({
			kind: 'ok',
			value: { version: 1, ids: ['from-tab-a', 'from-tab-b'] },
		});
	});

	it('keeps an erase when a stale tab adds afterwards', () => {
		const store = memoryStore();
		update(codec, add('old-1'), store);
		update(codec, add('old-2'), store);
		expect(replace(codec, codec.empty(), store)).toBe('saved');
		update(codec, add('after-erase'), store);
		expect(load(codec, store)).toEqual({ kind: 'ok', value: { version: 1, ids: ['after-erase'] } });
	});

	it('leaves a newer format and damaged data untouched', () => {
		const store = memoryStore();
		const newer = '{"version":2,"ids":["kept"]}';
		store.map.set('bw:contact-log', newer);
		expect(update(codec, add('x'), store).result).toBe('newer');
		expect(store.map.get('bw:contact-log')).toBe(newer);
		store.map.set('bw:contact-log', '{broken');
		expect(update(codec, add('x'), store).result).toBe('damaged');
		expect(store.map.get('bw:contact-log')).toBe('{broken');
	});

	it('never writes what it could not read back: over the limit is refused before writing', () => {
		const store = memoryStore();
		let r = update(codec, add('a'), store);
		while (r.result === 'saved') r = update(codec, add('a-long-entry-id'), store);
		expect(r.result).toBe('tooLarge');
		const stored = store.map.get('bw:contact-log')!;
		expect(stored.length).toBeLessThanOrEqual(codec.maxChars);
		expect(load(codec, store).kind).toBe('ok');
	});

	it('reports a full store and keeps what was there', () => {
		const store = memoryStore(40);
		expect(update(codec, add('a'), store).result).toBe('saved');
		const before = store.map.get('bw:contact-log');
		const r = update(codec, add('does-not-fit-in-forty-characters'), store);
		expect(r.result).toBe('refused');
		expect(r.value).toEqual({ version: 1, ids: ['a'] });
		expect(store.map.get('bw:contact-log')).toBe(before);
	});
});
