import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
	csvLabels,
	decodeCsv,
	encodeCsv,
	guardCell,
	splitCsv,
	unguardCell,
	type CsvLabels,
} from '~/features/toolkit/contact-log/csv';
import {
	checkFields,
	contactKinds,
	countByKind,
	entryFields,
	mergeEntries,
	normalizeDate,
	normalizeTime,
	sortEntries,
	type ContactEntry,
	type EntryFields,
} from '~/features/toolkit/contact-log/log';
import {
	contactLogContentSchema,
	type ContactLogContent,
} from '~/features/toolkit/contact-log/schema';
import { decodeStore, encodeStore, MAX_READ_CHARS } from '~/features/toolkit/contact-log/store';
import { localeIds } from '../../../src/site/locales';

const content = Object.fromEntries(
	localeIds.map((locale) => [
		locale,
		contactLogContentSchema.parse(
			load(
				readFileSync(
					new URL(`../../../content/toolkit/contact-log/${locale}.yaml`, import.meta.url),
					'utf8'
				)
			)
		),
	])
) as Record<(typeof localeIds)[number], ContactLogContent>;
const labels = localeIds.map((l) => csvLabels(content[l]));
const en = csvLabels(content.en);
const zh = csvLabels(content['zh-cn']);

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
const withoutIds = (entries: ContactEntry[]) => entries.map(({ id: _id, ...rest }) => rest);

// Everything a CSV must carry through: quotes, commas, CR/LF, markup, emoji, Chinese, formula starts.
const hostile: ContactEntry[] = [
	entry({
		id: 'h1',
		name: 'Mr "Li"',
		company: 'XY, Collections Ltd.',
		number: '+86 138 0000 1234',
		said: 'Line one\r\nline two\nline three\rend',
		evidence: 'recording, screenshot',
		rule: 'after 22:00',
	}),
	entry({
		id: 'h2',
		date: '2026-03-04',
		time: '',
		kind: 'third-party',
		said: '<script>alert(1)</script><img src=x onerror=alert(2)>',
		evidence: '😡📞 截图已保存',
		rule: '=HYPERLINK("http://evil.example","click")',
	}),
	entry({
		id: 'h3',
		date: '2026-03-04',
		time: '09:15',
		kind: 'message',
		name: '李先生',
		company: '某某催收公司',
		number: '@collector',
		said: '-1+2',
		evidence: "'=already quoted",
		rule: "''+twice",
	}),
	entry({
		id: 'h4',
		date: '2026-03-05',
		time: '07:00',
		kind: 'visit',
		said: '"',
		evidence: '\t tab first',
		rule: ',',
	}),
	entry({
		id: 'h5',
		date: '2026-03-06',
		time: '12:00',
		kind: 'letter',
		said: ' spaces kept ',
		evidence: '"quoted"',
		rule: '',
	}),
];

describe('dates and times', () => {
	it('accepts real days in the forms spreadsheets save, as YYYY-MM-DD', () => {
		expect(normalizeDate('2026-03-04')).toBe('2026-03-04');
		expect(normalizeDate('2026/3/4')).toBe('2026-03-04');
		expect(normalizeDate('2024-02-29')).toBe('2024-02-29');
		expect(normalizeDate('2026-02-29')).toBeUndefined();
		expect(normalizeDate('04/03/2026')).toBeUndefined();
		expect(normalizeDate('yesterday')).toBeUndefined();
	});
	it('accepts 24-hour times and empty', () => {
		expect(normalizeTime('9:05')).toBe('09:05');
		expect(normalizeTime('23:59:30')).toBe('23:59');
		expect(normalizeTime('')).toBe('');
		expect(normalizeTime('24:00')).toBeUndefined();
		expect(normalizeTime('9pm')).toBeUndefined();
	});
});

describe('checkFields', () => {
	const raw = (fields: Partial<Record<string, unknown>>) =>
		({ ...entry(), ...fields }) as Record<(typeof entryFields)[number], unknown>;
	it('names the first wrong field and why', () => {
		expect(checkFields(raw({ date: '' }))).toEqual({
			ok: false,
			field: 'date',
			problem: 'required',
		});
		expect(checkFields(raw({ date: '2026-13-01' }))).toEqual({
			ok: false,
			field: 'date',
			problem: 'date',
		});
		expect(checkFields(raw({ date: '2026-12-01' }), { today: '2026-11-29' })).toEqual({
			ok: false,
			field: 'date',
			problem: 'future',
		});
		expect(checkFields(raw({ time: '25:00' }))).toEqual({
			ok: false,
			field: 'time',
			problem: 'time',
		});
		expect(checkFields(raw({ kind: 'fax' }))).toEqual({
			ok: false,
			field: 'kind',
			problem: 'kind',
		});
		expect(checkFields(raw({ said: 'x'.repeat(5001) }))).toEqual({
			ok: false,
			field: 'said',
			problem: 'tooLong',
		});
		expect(checkFields(raw({ name: 42 }))).toEqual({
			ok: false,
			field: 'name',
			problem: 'required',
		});
	});
	it('removes control characters but keeps tabs and line breaks', () => {
		const checked = checkFields(raw({ said: 'a\u0000b\u001Bc\td\r\ne' }));
		expect(checked.ok && checked.fields.said).toBe('abc\td\r\ne');
	});
});

describe('formula-injection guard', () => {
	it('prefixes cells a spreadsheet would run, and undoes it exactly', () => {
		for (const cell of ['=1+1', '+86 138', '-2', '@SUM(A1)', '\tx', '\rx', "'=x", "''+x"]) {
			expect(guardCell(cell)).toBe(`'${cell}`);
			expect(unguardCell(guardCell(cell))).toBe(cell);
		}
		for (const cell of ['plain', "'apostrophe", "it's", '李先生', '', '2026-03-04']) {
			expect(guardCell(cell)).toBe(cell);
			expect(unguardCell(guardCell(cell))).toBe(cell);
		}
	});
});

describe('CSV export', () => {
	const csv = encodeCsv(hostile, en);
	it('starts with a BOM and a header row, and ends rows with CRLF', () => {
		expect(
			csv.startsWith(
				'\uFEFFDate,Time,Kind,Name,Company,Number,What was said,Evidence,Rule broken\r\n'
			)
		).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
	});
	it('quotes fields with quotes, commas and line breaks, doubling quotes', () => {
		expect(csv).toContain('"Mr ""Li""","XY, Collections Ltd."');
		expect(csv).toContain('"Line one\r\nline two\nline three\rend"');
	});
	it('never leaves a cell that starts a formula', () => {
		const split = splitCsv(csv.slice(1));
		expect(split.ok).toBe(true);
		const cells = split.ok ? split.rows.flat() : [];
		expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
		expect(csv).toContain("'+86 138 0000 1234");
	});
	it('writes kinds in the reader language', () => {
		expect(encodeCsv([entry({ kind: 'third-party' })], zh)).toContain(',联系第三人,');
	});
});

describe('CSV round trip', () => {
	it('gives back exactly what was exported, in every locale', () => {
		for (const own of labels) {
			const back = decodeCsv(encodeCsv(hostile, own), { labels });
			expect(back.ok).toBe(true);
			if (back.ok) expect(withoutIds(back.entries)).toEqual(withoutIds(sortEntries(hostile)));
		}
	});
	it('reads a file exported in another language', () => {
		const back = decodeCsv(encodeCsv(hostile, zh), { labels });
		expect(back.ok && back.entries.map((e) => e.kind)).toEqual(
			sortEntries(hostile).map((e) => e.kind)
		);
	});
	it('reads a spreadsheet save: no BOM, LF line ends, semicolons', () => {
		const text =
			'Date;Time;Kind;Name;Company;Number;What was said;Evidence;Rule broken\n2026/3/4;9:15;Call;;;;"a;b";;\n';
		const back = decodeCsv(text, { labels });
		expect(back).toMatchObject({
			ok: true,
			entries: [{ date: '2026-03-04', time: '09:15', kind: 'call', said: 'a;b' }],
		});
	});
	it('gives new ids to imported entries', () => {
		const back = decodeCsv(encodeCsv(hostile, en), { labels });
		expect(back.ok && new Set(back.entries.map((e) => e.id)).size).toBe(hostile.length);
		// None keeps an id of the exported entries (random ids may well start with the same letter).
		const old = new Set(hostile.map((e) => e.id));
		expect(back.ok && back.entries.some((e) => old.has(e.id))).toBe(false);
	});
});

describe('CSV import errors name the row and the field', () => {
	const header = 'Date,Time,Kind,Name,Company,Number,What was said,Evidence,Rule broken\r\n';
	const known = { labels, today: '2026-11-29' };
	it('refuses an empty file and a foreign header', () => {
		expect(decodeCsv('\uFEFF', known)).toEqual({ ok: false, error: { row: 1, problem: 'empty' } });
		expect(decodeCsv('a,b,c\r\n1,2,3\r\n', known)).toEqual({
			ok: false,
			error: { row: 1, problem: 'header' },
		});
	});
	it('counts rows as a spreadsheet does, a quoted line break staying in its row', () => {
		const text = `${header}2026-03-03,,Call,,,,"two\r\nlines",,\r\n2026-03-04,,Fax,,,,,,\r\n`;
		expect(decodeCsv(text, known)).toEqual({
			ok: false,
			error: { row: 3, field: 'kind', problem: 'kind' },
		});
	});
	it('names a bad date, a future date, a bad time and a wrong column count', () => {
		expect(decodeCsv(`${header}2026-02-30,,Call,,,,,,\r\n`, known)).toEqual({
			ok: false,
			error: { row: 2, field: 'date', problem: 'date' },
		});
		expect(decodeCsv(`${header}2027-01-01,,Call,,,,,,\r\n`, known)).toEqual({
			ok: false,
			error: { row: 2, field: 'date', problem: 'future' },
		});
		expect(decodeCsv(`${header}2026-01-01,noon,Call,,,,,,\r\n`, known)).toEqual({
			ok: false,
			error: { row: 2, field: 'time', problem: 'time' },
		});
		expect(decodeCsv(`${header}2026-01-01,,Call,,,\r\n`, known)).toEqual({
			ok: false,
			error: { row: 2, problem: 'columns' },
		});
	});
	it('names an unclosed or stray quotation mark', () => {
		expect(decodeCsv(`${header}2026-01-01,,Call,,,,"never closed,,\r\n`, known)).toEqual({
			ok: false,
			error: { row: 2, problem: 'quote' },
		});
		expect(decodeCsv(`${header}2026-01-01,,Call,,,,"closed"early,,\r\n`, known)).toEqual({
			ok: false,
			error: { row: 2, problem: 'quote' },
		});
		expect(decodeCsv(`${header}2026-01-01,,Call,,,,a"b,,\r\n`, known)).toEqual({
			ok: false,
			error: { row: 2, problem: 'quote' },
		});
	});
	it('skips blank lines', () => {
		const back = decodeCsv(`${header}\r\n2026-01-01,,Call,,,,,,\r\n\r\n`, known);
		expect(back.ok && back.entries.length).toBe(1);
	});
});

describe('store', () => {
	it('round-trips a log', () => {
		const entries = sortEntries(hostile);
		expect(decodeStore(encodeStore(entries))).toEqual({ status: 'ok', entries });
	});
	it('reads nothing stored as empty', () => {
		expect(decodeStore(null)).toEqual({ status: 'empty', entries: [] });
	});
	it('reports corrupt, foreign, older and oversized data with its raw text, never throwing', () => {
		for (const [raw, reason] of [
			['{"v":1,"entries":[', 'notJson'],
			['null', 'notLog'],
			['[1,2]', 'notLog'],
			['{"v":2,"entries":[]}', 'notLog'],
			['{"v":1,"entries":{}}', 'notLog'],
			['x'.repeat(MAX_READ_CHARS + 1), 'tooLarge'],
		] as const) {
			const read = decodeStore(raw);
			expect(read).toMatchObject({ status: 'damaged', entries: [], reason });
			expect(read.status === 'damaged' && read.raw).toBe(raw);
		}
	});
	it('keeps the readable entries of a partly damaged log and counts the rest', () => {
		const good = entry({ id: 'ok1', said: 'kept' });
		const raw = JSON.stringify({
			v: 1,
			entries: [
				good,
				{ ...good, id: 'bad', kind: 'fax' },
				'junk',
				{ ...good, id: 'ok2', date: 'soon' },
			],
		});
		const read = decodeStore(raw);
		expect(read).toMatchObject({ status: 'damaged', reason: 'entries', lost: 3, raw });
		expect(read.entries).toEqual([good]);
	});
	it('replaces missing, odd or repeated ids', () => {
		const raw = JSON.stringify({
			v: 1,
			entries: [
				entry({ id: 'same' }),
				entry({ id: 'same', date: '2026-03-04' }),
				{ ...entry(), id: '<b>' },
			],
		});
		const read = decodeStore(raw);
		expect(read.status).toBe('ok');
		expect(new Set(read.entries.map((e) => e.id)).size).toBe(3);
		expect(read.entries.every((e) => /^[a-z0-9]+$/.test(e.id))).toBe(true);
	});
});

describe('log operations', () => {
	it('sorts oldest first, an entry without a time first on its day', () => {
		const sorted = sortEntries([
			entry({ date: '2026-03-04', time: '10:00' }),
			entry({ date: '2026-03-04', time: '' }),
			entry({ date: '2026-03-01', time: '23:00' }),
		]);
		expect(sorted.map((e) => `${e.date} ${e.time}`)).toEqual([
			'2026-03-01 23:00',
			'2026-03-04 ',
			'2026-03-04 10:00',
		]);
	});
	it('merges without duplicating contacts already in the log', () => {
		const current = [entry({ id: 'a' }), entry({ id: 'b', date: '2026-03-05' })];
		const incoming = [entry({ id: 'x' }), entry({ id: 'y', date: '2026-03-02' })];
		const merged = mergeEntries(current, incoming);
		expect(merged.added).toBe(1);
		expect(merged.skipped).toBe(1);
		expect(merged.entries.map((e) => e.id)).toEqual(['y', 'a', 'b']);
	});
	it('counts kinds over the last 7 days and in all', () => {
		const entries = [
			entry({ date: '2026-11-29' }),
			entry({ date: '2026-11-23' }),
			entry({ date: '2026-11-22' }),
			entry({ date: '2026-11-25', kind: 'third-party' }),
		];
		const counts = countByKind(entries, '2026-11-29');
		expect(counts.recent).toEqual({ call: 2, message: 0, visit: 0, letter: 0, 'third-party': 1 });
		expect(counts.all.call).toBe(3);
	});
});

describe('contact log content', () => {
	it('has the same kinds, fields and keys in every locale', () => {
		const shape = (value: unknown): unknown =>
			Array.isArray(value)
				? value.map(shape)
				: typeof value === 'object' && value !== null && !(value instanceof Date)
					? Object.fromEntries(
							Object.keys(value)
								.sort()
								.filter((k) => k !== 'one')
								.map((k) => [k, shape((value as Record<string, unknown>)[k])])
						)
					: typeof value;
		const sourcesOut = (c: ContactLogContent) => ({ ...c, sources: c.sources.length });
		for (const locale of localeIds) {
			expect(content[locale].kinds.map((k) => k.id)).toEqual([...contactKinds]);
			expect(shape(sourcesOut(content[locale])), locale).toEqual(shape(sourcesOut(content.en)));
		}
	});
	it('never lets one CSV name stand for two kinds or two columns across locales', () => {
		const kindOf = new Map<string, string>();
		const columnOf = new Map<string, string>();
		for (const l of labels) {
			for (const [kind, name] of Object.entries(l.kinds)) {
				const key = name.trim().toLowerCase();
				expect(kindOf.get(key) ?? kind, `"${name}"`).toBe(kind);
				kindOf.set(key, kind);
			}
			for (const [field, name] of Object.entries(l.headers)) {
				const key = name.trim().toLowerCase();
				expect(columnOf.get(key) ?? field, `"${name}"`).toBe(field);
				columnOf.set(key, field);
			}
		}
	});
	it('refuses a file with a missing placeholder, a missing field or kinds out of order, naming the field', () => {
		const data = load(
			readFileSync(new URL('../../../content/toolkit/contact-log/en.yaml', import.meta.url), 'utf8')
		) as Record<string, any>;
		const broken = structuredClone(data);
		broken.messages.imported = 'Import done.';
		delete broken.fields.said.csv;
		const result = contactLogContentSchema.safeParse(broken);
		expect(result.success).toBe(false);
		const paths = result.error?.issues.map((i) => i.path.join('.'));
		expect(paths).toContain('messages.imported');
		expect(paths).toContain('fields.said.csv');
		const reordered = structuredClone(data);
		reordered.kinds.reverse();
		expect(contactLogContentSchema.safeParse(reordered).error?.issues[0]?.path).toEqual([
			'kinds',
			0,
			'id',
		]);
	});
	it('labels every column of the CSV', () => {
		const l: CsvLabels = en;
		expect(Object.keys(l.headers)).toEqual([...entryFields]);
	});
});
