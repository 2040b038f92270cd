// The contact log as a CSV file, for export and import. RFC 4180: a header row, CRLF between
// records, fields with a quote, comma or line break quoted, quotes doubled; UTF-8 with a byte-order
// mark so Excel reads Chinese. Cells that a spreadsheet would run as a formula get an apostrophe in
// front, taken off again on import, so a round trip gives back exactly what was exported.
import {
	checkFields,
	contactKinds,
	entryFields,
	MAX_ENTRIES,
	newId,
	sortEntries,
	type ContactEntry,
	type ContactKind,
	type EntryField,
	type EntryFields,
	type FieldProblem,
} from './log';

const BOM = '\uFEFF';
// What makes a spreadsheet treat a cell as a formula (OWASP "CSV injection"); tab and CR too.
const formulaChar = /^[=+\-@\t\r]/;

/**
 * Whether a cell (after any apostrophes it starts with) could be run as a formula: it starts with a
 * trigger, or does once leading spaces are trimmed or full-width signs folded (＝ to =), as some
 * importers do. Apostrophes first are skipped, so a guarded cell needs a guard too and undoing is exact.
 */
function needsGuard(value: string): boolean {
	const cell = value.replace(/^'+/, '');
	// The first characters decide; folding only them keeps an export of a long log fast.
	const folded = cell.trimStart().slice(0, 16).normalize('NFKC').trimStart();
	return formulaChar.test(cell) || formulaChar.test(folded);
}

/** Puts an apostrophe before a cell a spreadsheet would run; apostrophes already there get one more, so `unguardCell` is exact. */
export function guardCell(value: string): string {
	return needsGuard(value) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
	return value.startsWith("'") && needsGuard(value.slice(1)) ? value.slice(1) : value;
}

function quoteCell(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Column headers and kind names as a locale writes them in its CSV files. */
export interface CsvLabels {
	headers: Record<EntryField, string>;
	kinds: Record<ContactKind, string>;
}

/** The headers and kind names a locale writes, from its content (`fields.*.csv`, `kinds[].csv`). */
export function csvLabels(content: {
	fields: Record<EntryField, { csv: string }>;
	kinds: readonly { id: ContactKind; csv: string }[];
}): CsvLabels {
	return {
		headers: Object.fromEntries(
			entryFields.map((f) => [f, content.fields[f].csv])
		) as CsvLabels['headers'],
		kinds: Object.fromEntries(content.kinds.map((k) => [k.id, k.csv])) as CsvLabels['kinds'],
	};
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
	const lineEnd = body.search(/\r|\n|$/);
	const firstLine = body.slice(0, lineEnd);
	const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
	// The header is checked before the rest is split, so a file that is not a log is refused at once.
	const head = splitCsv(firstLine, delimiter);
	if (!head.ok) return { ok: false, error: { row: 1, problem: 'quote' } };
	const header = head.rows[0];
	const headerOk =
		header?.length === entryFields.length &&
		entryFields.every((field, i) => {
			const cell = fold(unguardCell(header[i]!));
			return cell === field || known.labels.some((l) => fold(l.headers[field]) === cell);
		});
	if (!headerOk) return { ok: false, error: { row: 1, problem: 'header' } };
	const rest = body.slice(lineEnd + (body.startsWith('\r\n', lineEnd) ? 2 : 1));
	const split = splitCsv(rest, delimiter);
	if (!split.ok) return { ok: false, error: { row: split.row + 1, problem: 'quote' } };
	const records = split.rows;
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
