// The contact log's protections against losing or spoiling entries: two tabs, a log near its size
// limit, a huge or foreign import, and cells a spreadsheet could run.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import {
	csvLabels,
	decodeCsv,
	encodeCsv,
	guardCell,
	unguardCell,
} from '~/features/toolkit/contact-log/csv';
import {
	MAX_ENTRIES,
	mergeEntries,
	putEntry,
	type ContactEntry,
	type EntryFields,
} from '~/features/toolkit/contact-log/log';
import type { ContactLogContent } from '~/features/toolkit/contact-log/schema';
import {
	CONTACT_LOG_KEY,
	decodeStore,
	encodeStore,
	logCodec,
	MAX_IMPORT_MB,
	MAX_STORE_CHARS,
} from '~/features/toolkit/contact-log/store';
import { readCsvFile } from '~/features/toolkit/contact-log/transfer';
import { sizeNote } from '~/features/toolkit/contact-log/view';
import { load as loadStored, update, type KeyValueStore } from '~/site/storage';
import { localeIds } from '../../../src/site/locales';

const content = (locale: string) =>
	load(
		readFileSync(
			new URL(`../../../content/toolkit/contact-log/${locale}.yaml`, import.meta.url),
			'utf8'
		)
	) as ContactLogContent;
const en = content('en');
const labels = localeIds.map((l) => csvLabels(content(l)));

const entry = (fields: Partial<EntryFields> & { id?: string } = {}): ContactEntry => ({
	id: 'a1',
	date: '2026-03-03',
	time: '23:40',
	kind: 'call',
	name: '',
	company: '',
	number: '',
	said: '',
	evidence: '',
	rule: '',
	...fields,
});

/** A Map-backed storage, as two tabs of one browser share it. */
function memoryStore(): KeyValueStore & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => void map.set(key, value),
		removeItem: (key) => void map.delete(key),
	};
}

describe('formula guard: leading spaces and full-width signs', () => {
	const risky = [
		'  =1+1',
		'\u3000=1+1',
		'＝1+1',
		'＋86 138',
		'－2',
		'＠SUM(A1)',
		' ＝HYPERLINK("x")',
		"'  =1",
		"'＝1",
		"''  +x",
		'\t=1',
		'\r=1',
		' \t@x',
	];
	it('guards a cell that starts a formula once trimmed or folded, and undoes it exactly', () => {
		for (const cell of risky) {
			expect(guardCell(cell), JSON.stringify(cell)).toBe(`'${cell}`);
			expect(unguardCell(guardCell(cell))).toBe(cell);
		}
	});
	it('leaves ordinary text alone, full-width letters and spaces included', () => {
		for (const cell of [
			'  plain',
			'ＡＢＣ',
			'１２３',
			' 1-2',
			"it's",
			"' x",
			'  ',
			'１＋１',
			'李先生',
		]) {
			expect(guardCell(cell), JSON.stringify(cell)).toBe(cell);
			expect(unguardCell(guardCell(cell))).toBe(cell);
		}
	});
	it('exports no cell that starts a formula after trimming or folding', () => {
		const csv = encodeCsv(
			risky.map((said, i) => entry({ id: `r${i}`, said, rule: said, name: said })),
			csvLabels(en)
		);
		const cells = csv
			.slice(1)
			.split('\r\n')
			.flatMap((row) => row.split(','))
			.map((c) => c.replace(/^"/, ''));
		const runs = (c: string) => /^[=+\-@\t\r]/.test(c.trimStart().normalize('NFKC').trimStart());
		expect(cells.filter(runs)).toEqual([]);
	});
	it('keeps export, import, export byte-identical, in every locale', () => {
		const entries = risky.map((said, i) =>
			entry({ id: `r${i}`, date: `2026-03-${String(i + 1).padStart(2, '0')}`, said, name: said })
		);
		for (const own of labels) {
			const first = encodeCsv(entries, own);
			const back = decodeCsv(first, { labels });
			expect(back.ok).toBe(true);
			if (back.ok) expect(encodeCsv(back.entries, own)).toBe(first);
		}
	});
});

describe('CSV import: size cap, header first, linear merge', () => {
	const s = { ...en } as Parameters<typeof readCsvFile>[1];
	it('refuses a file over the cap before reading it, naming the cap', async () => {
		const text = vi.fn(async () => '');
		const file = { size: MAX_IMPORT_MB * 1024 * 1024 + 1, text } as unknown as File;
		const result = await readCsvFile(file, s, labels);
		expect(result).toEqual({
			problem: en.csvProblems.tooBig.replace('{{size}}', `${MAX_IMPORT_MB} MB`),
		});
		expect(text).not.toHaveBeenCalled();
	});
	it('takes a file at the cap: any log the tool keeps, exported, is smaller', async () => {
		// The largest log: every field full of three-byte characters, as Chinese text is in UTF-8.
		const full = entry({
			said: '说'.repeat(5000),
			evidence: '证'.repeat(1000),
			rule: '规'.repeat(1000),
		});
		const perEntry = encodeStore([full]).length;
		const entries = Math.floor(MAX_STORE_CHARS / perEntry);
		const bytes = Buffer.byteLength(encodeCsv([full], csvLabels(en))) * entries;
		expect(bytes).toBeLessThanOrEqual(MAX_IMPORT_MB * 1024 * 1024);
		const file = { size: MAX_IMPORT_MB * 1024 * 1024, text: async () => 'a,b\r\n' } as File;
		expect(await readCsvFile(file, s, labels)).toEqual({ problem: en.csvProblems.header });
	});
	it('checks the header on the first line before splitting the rest', () => {
		// An unclosed quote after a foreign header: the header is what is refused.
		expect(decodeCsv(`a,b,c\r\n"${'x'.repeat(1000)}`, { labels })).toEqual({
			ok: false,
			error: { row: 1, problem: 'header' },
		});
		const huge = `a,b,c\r\n${'1,2,3\r\n'.repeat(2_000_000)}`;
		const start = performance.now();
		expect(decodeCsv(huge, { labels })).toMatchObject({ ok: false });
		expect(performance.now() - start).toBeLessThan(1000);
	});
	it('still names the row of a broken quote after the header', () => {
		const header = Object.values(csvLabels(en).headers).join(',');
		expect(
			decodeCsv(`${header}\r\n2026-01-01,,Call,,,,,,\r\n2026-01-02,,Call,,,,"open,,\r\n`, {
				labels,
			})
		).toEqual({
			ok: false,
			error: { row: 3, problem: 'quote' },
		});
	});
	it('merges a full file into a full log in linear time, skipping duplicates', () => {
		const make = (prefix: string) =>
			Array.from({ length: MAX_ENTRIES }, (_, i) =>
				entry({ id: `${prefix}${i}`, said: `contact ${i}`, date: '2026-03-01' })
			);
		const current = make('c');
		const incoming = [...make('n').slice(2500), ...make('m').slice(0, 10)].concat(
			Array.from({ length: 2490 }, (_, i) => entry({ id: `x${i}`, said: `new ${i}` }))
		);
		const start = performance.now();
		const merged = mergeEntries(current, incoming);
		expect(performance.now() - start).toBeLessThan(1000);
		expect(merged.added).toBe(2490);
		expect(merged.skipped).toBe(2510);
		expect(merged.entries).toHaveLength(MAX_ENTRIES + 2490);
	});
	it('adds a repeated row of one file once', () => {
		const twice = [entry({ id: 'x', said: 'same' }), entry({ id: 'y', said: 'same' })];
		expect(mergeEntries([], twice)).toMatchObject({ added: 1, skipped: 1 });
	});
});

describe('every write is a change to what is stored now', () => {
	it('keeps the entries two tabs add', () => {
		const store = memoryStore();
		// Both tabs loaded the same empty log; each adds its entry through update.
		update(logCodec, (all) => putEntry(all, entry({ id: 'taba', name: 'Tab A' })), store);
		update(logCodec, (all) => putEntry(all, entry({ id: 'tabb', name: 'Tab B' })), store);
		const now = loadStored(logCodec, store);
		expect(now.kind === 'ok' && now.value.map((e) => e.name).sort()).toEqual(['Tab A', 'Tab B']);
	});
	it('keeps an erase: a stale tab adding afterwards writes only its own entry', () => {
		const store = memoryStore();
		store.map.set(CONTACT_LOG_KEY, encodeStore([entry({ id: 'old1' }), entry({ id: 'old2' })]));
		store.removeItem(CONTACT_LOG_KEY); // "Erase everything" in one tab
		update(logCodec, (all) => putEntry(all, entry({ id: 'late', said: 'after erase' })), store);
		expect(
			JSON.parse(store.map.get(CONTACT_LOG_KEY)!).entries.map((e: ContactEntry) => e.id)
		).toEqual(['late']);
	});
	it('saves an edit in place, and brings back an entry deleted elsewhere meanwhile', () => {
		const log = [entry({ id: 'a', said: 'before' }), entry({ id: 'b', date: '2026-03-05' })];
		expect(putEntry(log, entry({ id: 'a', said: 'after' })).map((e) => [e.id, e.said])).toEqual([
			['a', 'after'],
			['b', ''],
		]);
		expect(putEntry([log[1]!], entry({ id: 'a' })).map((e) => e.id)).toEqual(['a', 'b']);
	});
});

describe('size limit: never written past, still read past', () => {
	const big = (count: number) =>
		Array.from({ length: count }, (_, i) =>
			entry({
				id: `e${i}`,
				said: 'x'.repeat(5000),
				evidence: 'y'.repeat(1000),
				rule: 'z'.repeat(1000),
			})
		);
	const perEntry = encodeStore(big(2)).length - encodeStore(big(1)).length;
	it('refuses an add that would pass the limit, leaving the stored log as it was', () => {
		const store = memoryStore();
		const near = big(Math.floor(MAX_STORE_CHARS / perEntry));
		store.map.set(CONTACT_LOG_KEY, encodeStore(near));
		const before = store.map.get(CONTACT_LOG_KEY);
		const { result } = update(
			logCodec,
			(all) =>
				putEntry(all, entry({ id: 'more', said: 'x'.repeat(5000), evidence: 'y'.repeat(1000) })),
			store
		);
		expect(result).toBe('tooLarge');
		expect(store.map.get(CONTACT_LOG_KEY)).toBe(before);
	});
	it('reads a log over the limit that parses (written before the limit was kept), and lets it shrink', () => {
		const over = encodeStore(big(Math.ceil(MAX_STORE_CHARS / perEntry) + 2));
		expect(over.length).toBeGreaterThan(MAX_STORE_CHARS);
		expect(decodeStore(over).status).toBe('ok');
		const store = memoryStore();
		store.map.set(CONTACT_LOG_KEY, over);
		const { result, value } = update(logCodec, (all) => all.slice(10), store);
		expect(result).toBe('saved');
		expect(store.map.get(CONTACT_LOG_KEY)!.length).toBeLessThanOrEqual(MAX_STORE_CHARS);
		expect(value.length).toBeGreaterThan(0);
	});
	it('warns from 90% of the limit, with how much is used', () => {
		expect(sizeNote(en, MAX_STORE_CHARS * 0.89)).toBe('');
		expect(sizeNote(en, MAX_STORE_CHARS * 0.9)).toBe(
			en.messages.nearlyFull.replace('{{percent}}', '90')
		);
		expect(sizeNote(en, MAX_STORE_CHARS * 1.01)).toContain('101');
	});
});
