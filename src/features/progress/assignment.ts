/**
 * An assignment from an educator, carried in the URL fragment of `/<locale>/progress/assignment/`,
 * which browsers never send to a server (so it never reaches a server log):
 *
 *   #v=1&l=borrowing/true-cost-of-a-loan,rights/check&t=Week+3&d=2026-12-15
 *
 * `l` lesson (or module check) ids, locale-free, comma-separated; `t` an optional title; `d` an optional
 * due date (YYYY-MM-DD, a calendar day with no time zone). Nothing else: no names, no results.
 * Everything read back is treated as hostile: unknown ids are dropped, duplicates removed, lengths
 * bounded, a bad date ignored; the title is plain text for `textContent`, never HTML.
 */
import { untrustedText } from '../../site/untrusted';

export const ASSIGNMENT_VERSION = '1';
export const MAX_TITLE = 120;
export const MAX_LESSONS = 40;
/** Past this length a fragment is not one of ours. */
export const MAX_FRAGMENT = 4000;

export interface Assignment {
	/** Known page ids, in the order given, without duplicates. */
	lessons: string[];
	/** Plain text, at most MAX_TITLE characters; empty when none was given. */
	title: string;
	/** YYYY-MM-DD, or null when none (or no valid one) was given. */
	due: string | null;
}

export type DecodedAssignment =
	| {
			ok: true;
			assignment: Assignment;
			/** ids left out: unknown, repeated or past the limit */ ignored: number;
			/** a due date was given but was not a real date */ badDate: boolean;
	  }
	| { ok: false; reason: 'empty' | 'malformed' | 'noLessons' };

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
	const match = isoDate.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	if (year < 1970 || year > 2200) return false;
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** A title cut to MAX_TITLE characters (whole characters, not UTF-16 halves), control characters removed. */
export function cleanTitle(value: unknown): string {
	const text = untrustedText(value, MAX_TITLE * 2) ?? '';
	return [...text.trim()].slice(0, MAX_TITLE).join('').trim();
}

/** Keeps known ids once each, in order, up to MAX_LESSONS. */
function cleanIds(ids: readonly string[], known: ReadonlySet<string>) {
	const kept: string[] = [];
	for (const id of ids)
		if (known.has(id) && !kept.includes(id) && kept.length < MAX_LESSONS) kept.push(id);
	return { kept, ignored: ids.length - kept.length };
}

/** The fragment (with its `#`) for an assignment; ids are deduplicated and cut to MAX_LESSONS, a bad date left out. */
export function encodeAssignment(assignment: {
	lessons: readonly string[];
	title?: string;
	due?: string | null;
}): string {
	const params = new URLSearchParams({
		v: ASSIGNMENT_VERSION,
		l: [...new Set(assignment.lessons)].slice(0, MAX_LESSONS).join(','),
	});
	const title = cleanTitle(assignment.title ?? '');
	if (title) params.set('t', title);
	if (assignment.due && isIsoDate(assignment.due)) params.set('d', assignment.due);
	return `#${params.toString()}`;
}

/** Reads an assignment from `location.hash`, keeping only ids in `known`; never throws. */
export function decodeAssignment(
	hash: string,
	known: ReadonlySet<string> | readonly string[]
): DecodedAssignment {
	const knownIds = known instanceof Set ? known : new Set(known as readonly string[]);
	const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
	if (fragment.trim() === '') return { ok: false, reason: 'empty' };
	if (fragment.length > MAX_FRAGMENT) return { ok: false, reason: 'malformed' };
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(fragment);
	} catch {
		return { ok: false, reason: 'malformed' };
	}
	const list = params.get('l');
	if (params.get('v') !== ASSIGNMENT_VERSION || list === null)
		return { ok: false, reason: 'malformed' };
	const ids = list
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	const { kept, ignored } = cleanIds(ids, knownIds);
	if (kept.length === 0) return { ok: false, reason: 'noLessons' };
	const rawDue = params.get('d');
	const due = rawDue !== null && isIsoDate(rawDue) ? rawDue : null;
	return {
		ok: true,
		assignment: { lessons: kept, title: cleanTitle(params.get('t') ?? ''), due },
		ignored,
		badDate: rawDue !== null && due === null,
	};
}

/** Whole days from `today` (the reader's local calendar day) to a YYYY-MM-DD due date: 0 today, negative when past. */
export function daysUntil(due: string, today: Date): number {
	const [year, month, day] = due.split('-').map(Number) as [number, number, number];
	const dueDay = Date.UTC(year, month - 1, day);
	const todayDay = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
	return Math.round((dueDay - todayDay) / 86_400_000);
}
