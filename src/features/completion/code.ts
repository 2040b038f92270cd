/**
 * A completion code: what a learner chose to share with a teacher, as text short enough to paste into an
 * LMS or a message and to draw as a QR code. Nothing is sent anywhere; the learner copies it.
 *
 *   BW1-0A4G2-M9Q0R-…        "BW", the format version, then Crockford base 32 (base32.ts) in groups of 5
 *
 * The base 32 holds these bytes, then a CRC-32 of them (4 bytes, big-endian), so a mistyped, swapped or
 * cut-off code is caught rather than read wrong:
 *
 *   flags                      1 byte: 1 = a name follows, 2 = an assignment follows
 *   [name]                     1 byte length, then that many bytes of UTF-8 (at most MAX_NAME_BYTES)
 *   [assignment]               due day (2 bytes, 0 = none), count (1 byte), that many quiz numbers
 *   count                      1 byte, then per lesson or module check:
 *     number | passed << 7     1 byte: the quiz's number in quiz-numbers.ts, top bit set when passed
 *     correct, total           1 byte each: the score of the latest attempt
 *     day                      2 bytes: the day it was finished, 0 = not finished
 *
 * Days count from 2020-01-01 (day 1); they are the learner's calendar days, with no time of day. A code
 * is self-reported: anyone can make one, so a teacher's page must say it is not proof, and everything
 * read back (the name above all) is plain text.
 */
import { cleanName } from '../progress/learner-name';
import type { QuizProgress } from '../progress/store';
import { crc32, fromBase32, toBase32 } from './base32';
import { MAX_QUIZ_NUMBER, quizNumbers } from './quiz-numbers';

export const CODE_VERSION = 1;
/** A name longer than this (in UTF-8 bytes: 40 Chinese characters, 120 Latin letters) is cut short. */
export const MAX_NAME_BYTES = 120;
/** Past this many characters a line is not one code (a full course with a long name is about 300). */
export const MAX_CODE_CHARS = 1_000;

const FLAG_NAME = 1;
const FLAG_ASSIGNMENT = 2;
const DAY_ZERO = Date.UTC(2019, 11, 31);
const MS_PER_DAY = 86_400_000;

/** One lesson or module check as a code carries it. */
export interface CodeQuiz {
	id: string;
	passed: boolean;
	correct: number;
	total: number;
	/** The day it was finished, YYYY-MM-DD, or null if it was not. */
	day: string | null;
}

export interface Completion {
	/** Plain text; '' when the learner left their name out. */
	name: string;
	/** The assignment this answers: its lessons (ids) and due day, or null. */
	assignment: { lessons: string[]; due: string | null } | null;
	quizzes: CodeQuiz[];
}

export type CodeError = 'notCode' | 'newer' | 'checksum' | 'damaged';

export type DecodedCode =
	| {
			ok: true;
			completion: Completion;
			/** Records of lessons this version of the site does not know (a newer site made the code). */
			unknown: number;
	  }
	| { ok: false; reason: CodeError };

const numberOf = new Map(quizNumbers.map((id, index) => [id, index + 1]));

/** The calendar day (YYYY-MM-DD) as a day number, or 0 when there is none or it is out of range. */
function dayNumber(day: string | null): number {
	const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
	if (!match) return 0;
	const n = (Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!) - DAY_ZERO) / MS_PER_DAY;
	return Number.isInteger(n) && n > 0 && n <= 0xffff ? n : 0;
}

function dayText(n: number): string | null {
	return n === 0 ? null : new Date(DAY_ZERO + n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A name's UTF-8 bytes, cut at a whole character so they fit MAX_NAME_BYTES. */
function nameBytes(name: string): Uint8Array {
	const encoder = new TextEncoder();
	let kept = '';
	for (const char of cleanName(name)) {
		if (encoder.encode(kept + char).length > MAX_NAME_BYTES) break;
		kept += char;
	}
	return encoder.encode(kept);
}

const byte = (n: number) => Math.max(0, Math.min(255, Math.trunc(n)));

/** The code for what the learner shares; quizzes without a number (none today) are left out. */
export function encodeCompletion({ name, assignment, quizzes }: Completion): string {
	const out: number[] = [];
	const name8 = nameBytes(name);
	const assigned = (assignment?.lessons ?? [])
		.flatMap((id) => numberOf.get(id) ?? [])
		.slice(0, 255);
	out.push((name8.length > 0 ? FLAG_NAME : 0) | (assignment ? FLAG_ASSIGNMENT : 0));
	if (name8.length > 0) out.push(name8.length, ...name8);
	if (assignment) {
		const due = dayNumber(assignment.due);
		out.push(due >> 8, due & 255, assigned.length, ...assigned);
	}
	const records = quizzes.filter((quiz) => numberOf.has(quiz.id)).slice(0, 255);
	out.push(records.length);
	for (const quiz of records) {
		const day = dayNumber(quiz.day);
		const total = byte(quiz.total);
		out.push(numberOf.get(quiz.id)! | (quiz.passed ? 128 : 0), Math.min(byte(quiz.correct), total));
		out.push(total, day >> 8, day & 255);
	}
	const crc = crc32(Uint8Array.from(out));
	out.push(crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255);
	const groups = toBase32(Uint8Array.from(out)).match(/.{1,5}/g) ?? [];
	return [`BW${CODE_VERSION}`, ...groups].join('-');
}

/** The first thing in a line that looks like a code ("Ana: BW1-…" gives "BW1-…"), or undefined. */
export function findCode(line: string): string | undefined {
	return /\bBW\d+(?:-[0-9A-Za-z]+)+/i.exec(line.slice(0, MAX_CODE_CHARS * 2))?.[0];
}

class Damaged extends Error {}

/** Reads a code; a reason when it is not one, is from a newer site, fails its check or is damaged. */
export function decodeCompletion(text: string): DecodedCode {
	const found = findCode(text);
	if (!found || found.length > MAX_CODE_CHARS) return { ok: false, reason: 'notCode' };
	const [, version, body] = /^BW(\d+)(.*)$/i.exec(found)!;
	if (Number(version) > CODE_VERSION) return { ok: false, reason: 'newer' };
	if (Number(version) !== CODE_VERSION) return { ok: false, reason: 'notCode' };
	const bytes = fromBase32(body!.replaceAll('-', ''));
	if (!bytes || bytes.length < 6) return { ok: false, reason: 'checksum' };
	const data = bytes.subarray(0, -4);
	const [a, b, c, d] = bytes.subarray(-4);
	if (crc32(data) !== ((a! << 24) | (b! << 16) | (c! << 8) | d!) >>> 0)
		return { ok: false, reason: 'checksum' };
	try {
		return { ok: true, ...read(data) };
	} catch (error) {
		if (error instanceof Damaged) return { ok: false, reason: 'damaged' };
		throw error;
	}
}

function read(data: Uint8Array): { completion: Completion; unknown: number } {
	let at = 0;
	const next = () => {
		if (at >= data.length) throw new Damaged();
		return data[at++]!;
	};
	const take = (n: number) => {
		if (at + n > data.length) throw new Damaged();
		return data.subarray(at, (at += n));
	};
	const flags = next();
	if (flags > (FLAG_NAME | FLAG_ASSIGNMENT)) throw new Damaged();
	let name = '';
	if (flags & FLAG_NAME) {
		try {
			name = cleanName(new TextDecoder('utf-8', { fatal: true }).decode(take(next())));
		} catch (error) {
			throw error instanceof Damaged ? error : new Damaged();
		}
	}
	let unknown = 0;
	let assignment: Completion['assignment'] = null;
	if (flags & FLAG_ASSIGNMENT) {
		const due = dayText((next() << 8) | next());
		const lessons = [...take(next())].flatMap((n) => quizNumbers[n - 1] ?? []);
		assignment = { lessons: [...new Set(lessons)], due };
	}
	const quizzes: CodeQuiz[] = [];
	for (let count = next(); count > 0; count--) {
		const [tag, correct, total, high, low] = take(5);
		const id = quizNumbers[(tag! & MAX_QUIZ_NUMBER) - 1];
		if (correct! > total!) throw new Damaged();
		if (!id) unknown++;
		else if (!quizzes.some((quiz) => quiz.id === id))
			quizzes.push({
				id,
				passed: tag! >= 128,
				correct: correct!,
				total: total!,
				day: dayText((high! << 8) | low!),
			});
	}
	if (at !== data.length) throw new Damaged();
	return { completion: { name, assignment, quizzes }, unknown };
}

/** The learner's calendar day of a stored ISO time, or null. */
export function localDay(iso: string | null): string | null {
	const at = iso ? new Date(iso) : undefined;
	if (!at || Number.isNaN(at.getTime())) return null;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** A code's record of one stored quiz: finished attempts only (a quiz merely started says nothing yet). */
export function codeQuiz(id: string, quiz: QuizProgress | undefined): CodeQuiz | undefined {
	if (!quiz || (!quiz.passed && !quiz.completedAt)) return undefined;
	const { passed, correct, total } = quiz;
	return { id, passed, correct, total, day: localDay(quiz.completedAt) };
}
