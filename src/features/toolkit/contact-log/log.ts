/**
 * The contact log: a borrower's record of each call, message and visit from collectors.
 *
 * Stored in localStorage under `bw:contact-log` (see src/site/storage-keys.ts), on this device only:
 *
 *   {"v":1,"entries":[{"id":"k3x…","date":"2026-11-29","time":"23:40","kind":"call",
 *     "name":"Mr Li","company":"XY Collections","number":"138 0000 1234",
 *     "said":"Called me a cheat","evidence":"recording","rule":"call after 22:00"}, …]}
 *
 * Written on every add, edit, delete and import; removed by "Erase everything". Every read is
 * treated as hostile: a store that cannot be read is reported with its raw text, so the page can
 * offer it as a download before starting fresh, and never shows a blank page.
 *
 * CSV (export and import) follows RFC 4180: a header row, CRLF between records, fields with a
 * quote, comma or line break quoted, quotes doubled; UTF-8 with a byte-order mark so Excel reads
 * Chinese. Cells that a spreadsheet would run as a formula get an apostrophe in front, taken off
 * again on import, so a round trip gives back exactly what was exported.
 */

/** What kind of contact an entry records; the same ids in every locale and in CSV files. */
export const contactKinds = ['call', 'message', 'visit', 'letter', 'third-party'] as const;
export type ContactKind = (typeof contactKinds)[number];

/** The columns of an entry, in CSV order. */
export const entryFields = [
	'date',
	'time',
	'kind',
	'name',
	'company',
	'number',
	'said',
	'evidence',
	'rule',
] as const;
export type EntryField = (typeof entryFields)[number];

/** Longest text each field may hold, in characters. */
export const fieldLimits: Record<EntryField, number> = {
	date: 10,
	time: 5,
	kind: 20,
	name: 200,
	company: 200,
	number: 60,
	said: 5000,
	evidence: 1000,
	rule: 1000,
};

export interface ContactEntry {
	/** Stable within this device's log; not exported, so an import gets fresh ids. */
	id: string;
	/** Calendar day, YYYY-MM-DD. */
	date: string;
	/** HH:MM on a 24-hour clock, or '' when not known (a letter, say). */
	time: string;
	kind: ContactKind;
	name: string;
	company: string;
	number: string;
	said: string;
	evidence: string;
	rule: string;
}

export type EntryFields = Omit<ContactEntry, 'id'>;

/** Most entries one log holds; far beyond any real log, well within a browser's storage. */
export const MAX_ENTRIES = 5000;
/** Stored text longer than this is not read (it cannot be ours). */
export const MAX_STORE_CHARS = 4_000_000;

/** Why a field's value was refused; each reason has a message in the tool's content. */
export type FieldProblem = 'required' | 'date' | 'future' | 'time' | 'kind' | 'tooLong';

const datePattern = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const timePattern = /^(\d{1,2}):(\d{2})(?::\d{2})?$/;
// Control characters other than tab, line feed and carriage return, which typed notes may hold.
const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** YYYY-MM-DD for a real calendar day (also read from 2026/11/29 as spreadsheets save it), else undefined. */
export function normalizeDate(value: string): string | undefined {
	const match = datePattern.exec(value.trim());
	if (!match) return undefined;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const day = new Date(Date.UTC(y, m - 1, d));
	if (
		y < 1900 ||
		day.getUTCFullYear() !== y ||
		day.getUTCMonth() !== m - 1 ||
		day.getUTCDate() !== d
	)
		return undefined;
	return `${match[1]}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** HH:MM (also read from 9:05 or 09:05:00), '' for empty, else undefined. */
export function normalizeTime(value: string): string | undefined {
	const trimmed = value.trim();
	if (trimmed === '') return '';
	const match = timePattern.exec(trimmed);
	if (!match) return undefined;
	const [h, m] = [Number(match[1]), Number(match[2])];
	if (h > 23 || m > 59) return undefined;
	return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Today's date on this device, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export type CheckedFields =
	{ ok: true; fields: EntryFields } | { ok: false; field: EntryField; problem: FieldProblem };

/**
 * Checks raw field values (typed, stored or imported) and returns them cleaned, or the first
 * field that is wrong and why. `kindOf` turns a kind cell (an id, or a label in any locale) into an id.
 */
export function checkFields(
	raw: Record<EntryField, unknown>,
	options: { today?: string | undefined; kindOf?: (value: string) => ContactKind | undefined } = {}
): CheckedFields {
	const text: Partial<Record<EntryField, string>> = {};
	for (const field of entryFields) {
		const value = raw[field];
		const str =
			typeof value === 'string'
				? value.replace(controlChars, '')
				: value === undefined || value === null
					? ''
					: undefined;
		if (str === undefined)
			return { ok: false, field, problem: field === 'date' ? 'date' : 'required' };
		if (str.length > fieldLimits[field] && field !== 'date' && field !== 'time' && field !== 'kind')
			return { ok: false, field, problem: 'tooLong' };
		text[field] = str;
	}
	if (text.date!.trim() === '') return { ok: false, field: 'date', problem: 'required' };
	const date = normalizeDate(text.date!);
	if (!date) return { ok: false, field: 'date', problem: 'date' };
	if (options.today && date > options.today) return { ok: false, field: 'date', problem: 'future' };
	const time = normalizeTime(text.time!);
	if (time === undefined) return { ok: false, field: 'time', problem: 'time' };
	const kindText = text.kind!.trim();
	if (kindText === '') return { ok: false, field: 'kind', problem: 'required' };
	const kind = (contactKinds as readonly string[]).includes(kindText)
		? (kindText as ContactKind)
		: options.kindOf?.(kindText);
	if (!kind) return { ok: false, field: 'kind', problem: 'kind' };
	return {
		ok: true,
		fields: {
			date,
			time,
			kind,
			name: text.name!,
			company: text.company!,
			number: text.number!,
			said: text.said!,
			evidence: text.evidence!,
			rule: text.rule!,
		},
	};
}

/** A short random id; unique enough within one person's log. */
export function newId(): string {
	return Math.random().toString(36).slice(2, 10) + Date.now().toString(36).slice(-4);
}

/** Oldest first, as a complaint tells it; an entry without a time comes first on its day. */
export function sortEntries<T extends Pick<ContactEntry, 'date' | 'time'>>(
	entries: readonly T[]
): T[] {
	return [...entries].sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
}

/** The same contact: every field but the id equal. */
export function sameContact(a: EntryFields, b: EntryFields): boolean {
	return entryFields.every((field) => a[field] === b[field]);
}

/** Adds imported entries to a log, leaving out any already in it (importing one file twice adds nothing). */
export function mergeEntries(
	current: readonly ContactEntry[],
	incoming: readonly ContactEntry[]
): { entries: ContactEntry[]; added: number; skipped: number } {
	const entries = [...current];
	let added = 0;
	for (const entry of incoming) {
		if (entries.some((e) => sameContact(e, entry))) continue;
		entries.push(entry);
		added++;
	}
	return { entries: sortEntries(entries), added, skipped: incoming.length - added };
}

/** Entries per kind: all of them, and those within the `days` days up to and including `today`. */
export function countByKind(
	entries: readonly Pick<ContactEntry, 'date' | 'kind'>[],
	today: string,
	days = 7
): { all: Record<ContactKind, number>; recent: Record<ContactKind, number> } {
	const zero = () =>
		Object.fromEntries(contactKinds.map((k) => [k, 0])) as Record<ContactKind, number>;
	const all = zero();
	const recent = zero();
	const [y, m, d] = today.split('-').map(Number) as [number, number, number];
	const from = new Date(Date.UTC(y, m - 1, d - (days - 1))).toISOString().slice(0, 10);
	for (const entry of entries) {
		all[entry.kind]++;
		if (entry.date >= from && entry.date <= today) recent[entry.kind]++;
	}
	return { all, recent };
}

// ---------------------------------------------------------------- store

export const STORE_VERSION = 1;

export function encodeStore(entries: readonly ContactEntry[]): string {
	return JSON.stringify({
		v: STORE_VERSION,
		entries: entries.map((e) => ({
			id: e.id,
			...Object.fromEntries(entryFields.map((f) => [f, e[f]])),
		})),
	});
}

export type StoreRead =
	/** Nothing stored yet. */
	| { status: 'empty'; entries: [] }
	| { status: 'ok'; entries: ContactEntry[] }
	/**
	 * Stored text that is not wholly readable: `entries` holds what could be saved (maybe none),
	 * `raw` the text as found, so nothing is lost without the reader choosing so.
	 */
	| {
			status: 'damaged';
			entries: ContactEntry[];
			raw: string;
			lost: number;
			reason: 'tooLarge' | 'notJson' | 'notLog' | 'entries';
	  };

/** Reads the stored log; never throws. */
export function decodeStore(stored: string | null): StoreRead {
	if (stored === null || stored === '') return { status: 'empty', entries: [] };
	if (stored.length > MAX_STORE_CHARS)
		return { status: 'damaged', entries: [], raw: stored, lost: 0, reason: 'tooLarge' };
	let data: unknown;
	try {
		data = JSON.parse(stored);
	} catch {
		return { status: 'damaged', entries: [], raw: stored, lost: 0, reason: 'notJson' };
	}
	const record =
		typeof data === 'object' && data !== null && !Array.isArray(data)
			? (data as Record<string, unknown>)
			: undefined;
	if (!record || record['v'] !== STORE_VERSION || !Array.isArray(record['entries']))
		return { status: 'damaged', entries: [], raw: stored, lost: 0, reason: 'notLog' };
	const entries: ContactEntry[] = [];
	const ids = new Set<string>();
	let lost = 0;
	for (const item of (record['entries'] as unknown[]).slice(0, MAX_ENTRIES)) {
		const checked =
			typeof item === 'object' && item !== null
				? checkFields(item as Record<EntryField, unknown>)
				: undefined;
		if (!checked?.ok) {
			lost++;
			continue;
		}
		const storedId = (item as Record<string, unknown>)['id'];
		const id =
			typeof storedId === 'string' && /^[a-z0-9]{1,40}$/.test(storedId) && !ids.has(storedId)
				? storedId
				: newId();
		ids.add(id);
		entries.push({ id, ...checked.fields });
	}
	lost += Math.max(0, (record['entries'] as unknown[]).length - MAX_ENTRIES);
	if (lost > 0)
		return {
			status: 'damaged',
			entries: sortEntries(entries),
			raw: stored,
			lost,
			reason: 'entries',
		};
	return { status: 'ok', entries: sortEntries(entries) };
}

// ---------------------------------------------------------------- CSV

const BOM = '\uFEFF';
// What makes a spreadsheet treat a cell as a formula (OWASP "CSV injection"); tab and CR too.
const formulaStart = /^'*[=+\-@\t\r]/;

/** Puts an apostrophe before a cell a spreadsheet would run; apostrophes already there get one more, so `unguardCell` is exact. */
export function guardCell(value: string): string {
	return formulaStart.test(value) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
	return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}

function quoteCell(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Column headers and kind names as a locale writes them in its CSV files. */
export interface CsvLabels {
	headers: Record<EntryField, string>;
	kinds: Record<ContactKind, string>;
}

/** The log as a CSV file's text, BOM first, CRLF line ends, kinds in the reader's language. */
export function encodeCsv(entries: readonly EntryFields[], labels: CsvLabels): string {
	const rows = [
		entryFields.map((f) => labels.headers[f]),
		...sortEntries(entries).map((e) =>
			entryFields.map((f) => (f === 'kind' ? labels.kinds[e.kind] : e[f]))
		),
	];
	return (
		BOM +
		rows.map((row) => row.map((cell) => quoteCell(guardCell(cell))).join(',')).join('\r\n') +
		'\r\n'
	);
}

export type CsvProblem =
	| { row: number; problem: 'empty' | 'header' | 'columns' | 'quote' | 'tooMany' }
	| { row: number; field: EntryField; problem: FieldProblem };

/** Splits CSV text into rows of cells (RFC 4180; LF alone also ends a row). Rows count from 1 as a spreadsheet shows them: a quoted line break stays inside its row. */
export function splitCsv(
	text: string,
	delimiter = ','
): { ok: true; rows: string[][] } | { ok: false; row: number } {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let i = 0;
	const here = () => rows.length + 1;
	const endRow = () => {
		row.push(cell);
		rows.push(row);
		row = [];
		cell = '';
	};
	while (i < text.length) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					cell += '"';
					i += 2;
					continue;
				}
				quoted = false;
				i++;
				// After a closing quote only a delimiter or the end of the row may follow.
				const next = text[i];
				if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n')
					return { ok: false, row: here() };
				continue;
			}
			cell += ch;
			i++;
			continue;
		}
		if (ch === '"') {
			if (cell !== '') return { ok: false, row: here() };
			quoted = true;
			i++;
		} else if (ch === delimiter) {
			row.push(cell);
			cell = '';
			i++;
		} else if (ch === '\r' || ch === '\n') {
			endRow();
			i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
		} else {
			cell += ch;
			i++;
		}
	}
	if (quoted) return { ok: false, row: here() };
	if (cell !== '' || row.length > 0) endRow();
	return { ok: true, rows };
}

/** What an import understands: headers and kind names of every locale, so a file from any language reads back. */
export interface CsvKnown {
	labels: readonly CsvLabels[];
	/** Refuse dates after this day (YYYY-MM-DD). */
	today?: string | undefined;
}

const fold = (s: string) => s.trim().toLowerCase();

/** Reads a CSV file of the log (ours, or ours after a spreadsheet saved it); the first problem is named by row and field. */
export function decodeCsv(
	text: string,
	known: CsvKnown
): { ok: true; entries: ContactEntry[] } | { ok: false; error: CsvProblem } {
	const body = text.startsWith(BOM) ? text.slice(1) : text;
	if (body.trim() === '') return { ok: false, error: { row: 1, problem: 'empty' } };
	// Spreadsheets set to a language with decimal commas save with semicolons.
	const firstLine = body.slice(0, body.search(/\r|\n|$/));
	const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
	const split = splitCsv(body, delimiter);
	if (!split.ok) return { ok: false, error: { row: split.row, problem: 'quote' } };
	const [header, ...records] = split.rows;
	const headerOk =
		header?.length === entryFields.length &&
		entryFields.every((field, i) => {
			const cell = fold(unguardCell(header[i]!));
			return cell === field || known.labels.some((l) => fold(l.headers[field]) === cell);
		});
	if (!headerOk) return { ok: false, error: { row: 1, problem: 'header' } };
	const kindOf = (value: string) => {
		const v = fold(value);
		for (const l of known.labels)
			for (const kind of contactKinds) if (fold(l.kinds[kind]) === v) return kind;
		return undefined;
	};
	const entries: ContactEntry[] = [];
	let row = 1;
	for (const cells of records) {
		row++;
		// A blank line (often the last) holds no entry.
		if (cells.length === 1 && cells[0]!.trim() === '') continue;
		if (entries.length >= MAX_ENTRIES) return { ok: false, error: { row, problem: 'tooMany' } };
		if (cells.length !== entryFields.length)
			return { ok: false, error: { row, problem: 'columns' } };
		const raw = Object.fromEntries(
			entryFields.map((f, i) => [f, unguardCell(cells[i]!)])
		) as Record<EntryField, string>;
		const checked = checkFields(raw, { today: known.today, kindOf });
		if (!checked.ok)
			return { ok: false, error: { row, field: checked.field, problem: checked.problem } };
		entries.push({ id: newId(), ...checked.fields });
	}
	return { ok: true, entries: sortEntries(entries) };
}
