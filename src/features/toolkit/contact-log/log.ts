// The contact log's entries: a borrower's record of each call, message and visit from collectors,
// and the checks every entry passes, whether typed, stored or imported. How the log is stored is in
// store.ts, its CSV files in csv.ts.

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

/** What makes two entries the same contact: every field but the id. */
function contactKey(entry: EntryFields): string {
	return JSON.stringify(entryFields.map((field) => entry[field]));
}

/** Adds imported entries to a log, leaving out any already in it (importing one file twice adds nothing); linear in the entries. */
export function mergeEntries(
	current: readonly ContactEntry[],
	incoming: readonly ContactEntry[]
): { entries: ContactEntry[]; added: number; skipped: number } {
	const entries = [...current];
	const seen = new Set(current.map(contactKey));
	for (const entry of incoming) {
		const key = contactKey(entry);
		if (seen.has(key)) continue;
		seen.add(key);
		entries.push(entry);
	}
	const added = entries.length - current.length;
	return { entries: sortEntries(entries), added, skipped: incoming.length - added };
}

/** The log with `entry` in it: added, or in place of the entry with its id (an entry deleted in another tab meanwhile comes back, as it was just saved). */
export function putEntry(entries: readonly ContactEntry[], entry: ContactEntry): ContactEntry[] {
	return sortEntries([...entries.filter((e) => e.id !== entry.id), entry]);
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
