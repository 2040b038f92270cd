/*
 * The learner's quiz progress, kept in this browser only, under localStorage key `bw:progress`:
 *
 *   {
 *     "version": 2,
 *     "quizzes": {
 *       "borrowing/true-cost-of-a-loan": {          // quiz id: the locale-free page id
 *         "answers": { "apr-flat": ["about-16"] },  // question id → answer (`Answer` in quiz/quiz.ts)
 *         "correct": 4,                             // right answers among those given
 *         "total": 5,                               // questions in the quiz
 *         "passed": true,                           // passed at least once; "try again" keeps it
 *         "completedAt": "2026-11-29T09:30:00.000Z",// last time every question was answered, or null
 *         "results": {                              // question id → how its LAST answer went, and when;
 *           "apr-flat": { "right": false, "at": "2026-11-29T09:29:00.000Z" } // kept by "try again"
 *         }
 *       }
 *     }
 *   }
 *
 * Version 1 had no `results`: it still loads (with none) and is written back as version 2 at the next
 * change; nothing else changed. `results` feeds "review what you missed" on the progress page.
 *
 * Ids are locale-free, so progress follows the learner across languages. Every write is a change applied
 * to what is stored at that moment (`update` in site/storage), so two tabs keep each other's answers and an
 * erase stays erased. A later version is left alone (`newer`), so a tab still running older code never
 * drops what a newer one wrote; text that is not this shape, or longer than MAX_STORED_CHARS, is `damaged`;
 * single records that cannot be trusted are dropped as it is read.
 * Quiz and answer ids are data: they live in objects without a prototype, so `constructor` is just an id.
 */

import { readKey, type Codec, type KeyValueStore, type Loaded } from '~/site/storage';
import { PROGRESS_KEY } from './events';

export { PROGRESS_KEY };
export const PROGRESS_VERSION = 2;

/** The most characters ever written or read: a full course with every answer is a few kilobytes. */
export const MAX_STORED_CHARS = 200_000;
const MAX_ID = 128;
const MAX_ANSWER_PARTS = 16;
const MAX_ANSWER_CHARS = 64;

export interface QuizProgress {
	answers: Record<string, string[]>;
	correct: number;
	total: number;
	passed: boolean;
	completedAt: string | null;
	/** How the last answer to each question went, by question id (see the top of this file). */
	results: Record<string, QuestionResult>;
}

/** How a question's last answer went: right or not, and when it was given. */
export interface QuestionResult {
	right: boolean;
	at: string;
}

export interface Progress {
	version: typeof PROGRESS_VERSION;
	quizzes: Record<string, QuizProgress>;
}

/** The part of storage we use: the browser's is `localStore()` from site/storage; tests pass a fake. */
export type ProgressStorage = Pick<KeyValueStore, 'getItem' | 'setItem'>;

/** An object for ids as keys: no prototype, so no id can reach `Object.prototype`. */
export const idMap = <T>(entries: Iterable<[string, T]> = []): Record<string, T> =>
	Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(entries));

export function emptyProgress(): Progress {
	return { version: PROGRESS_VERSION, quizzes: idMap() };
}

const idPattern = /^[a-z0-9][a-z0-9/-]*$/;

function isId(value: string): boolean {
	return value.length <= MAX_ID && idPattern.test(value) && value !== '__proto__';
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1000;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function cleanAnswers(value: unknown): Record<string, string[]> | undefined {
	if (!isObject(value)) return undefined;
	return idMap(
		Object.entries(value).filter(
			(entry): entry is [string, string[]] =>
				isId(entry[0]) &&
				Array.isArray(entry[1]) &&
				entry[1].length > 0 &&
				entry[1].length <= MAX_ANSWER_PARTS &&
				entry[1].every((part) => typeof part === 'string' && part.length <= MAX_ANSWER_CHARS)
		)
	);
}

const isDate = (value: unknown): value is string =>
	typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));

/** Results that can be trusted; a version 1 record has none. */
function cleanResults(value: unknown): Record<string, QuestionResult> {
	const results = idMap<QuestionResult>();
	if (isObject(value))
		for (const [id, r] of Object.entries(value))
			if (isId(id) && isObject(r) && typeof r['right'] === 'boolean' && isDate(r['at']))
				results[id] = { right: r['right'], at: r['at'] };
	return results;
}

function cleanQuiz(value: unknown): QuizProgress | undefined {
	if (!isObject(value)) return undefined;
	const answers = cleanAnswers(value['answers']);
	const { correct, total, passed, completedAt: at } = value;
	if (!answers || !isCount(correct) || !isCount(total) || correct > total) return undefined;
	if (typeof passed !== 'boolean') return undefined;
	const completedAt = isDate(at) ? at : null;
	return { answers, correct, total, passed, completedAt, results: cleanResults(value['results']) };
}

/** Reads stored text: its records that can be trusted, or why none can (`newer`, `damaged`). */
export function decodeProgress(raw: string): Loaded<Progress> {
	const damaged = { kind: 'damaged', raw } as const;
	if (raw.length > MAX_STORED_CHARS) return damaged;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return damaged;
	}
	if (!isObject(data)) return damaged;
	const { version, quizzes } = data;
	if (typeof version === 'number' && version > PROGRESS_VERSION) return { kind: 'newer', raw };
	// Version 1 is read too: it is version 2 without `results`.
	if ((version !== 1 && version !== PROGRESS_VERSION) || !isObject(quizzes)) return damaged;
	const progress = emptyProgress();
	for (const [id, quiz] of Object.entries(quizzes)) {
		const clean = isId(id) ? cleanQuiz(quiz) : undefined;
		if (clean) progress.quizzes[id] = clean;
	}
	return { kind: 'ok', value: progress };
}

export const progressCodec: Codec<Progress> = {
	key: PROGRESS_KEY,
	empty: emptyProgress,
	decode: decodeProgress,
	encode: JSON.stringify,
	maxChars: MAX_STORED_CHARS,
};

/** Turns whatever was stored into valid progress: nothing readable (another version, damage) is none. */
export function parseProgress(raw: string | null | undefined): Progress {
	const read = typeof raw === 'string' ? decodeProgress(raw) : undefined;
	return read?.kind === 'ok' ? read.value : emptyProgress();
}

/** The progress to show; a missing, blocked, newer or damaged store shows as none. */
export function readProgress(storage: KeyValueStore | undefined): Progress {
	return parseProgress(readKey(PROGRESS_KEY, storage));
}

/** Ids of the quizzes the learner has passed. */
export function passedQuizzes(progress: Progress): Set<string> {
	return new Set(
		Object.entries(progress.quizzes).flatMap(([id, quiz]) => (quiz.passed ? [id] : []))
	);
}

/** The locale-free page id of a site path: `/learn/zh-cn/borrowing/check/` → `borrowing/check`. */
export function pageIdOfPath(
	pathname: string,
	base: string,
	locales: readonly string[]
): string | undefined {
	const prefix = base.replace(/\/?$/, '/');
	if (!pathname.startsWith(prefix)) return undefined;
	const [locale, ...rest] = pathname.slice(prefix.length).split('/').filter(Boolean);
	return locale && locales.includes(locale) && rest.length > 0 ? rest.join('/') : undefined;
}
