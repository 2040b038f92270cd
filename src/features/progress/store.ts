/*
 * The learner's quiz progress, kept in this browser only, under localStorage key `bw:progress`:
 *
 *   {
 *     "version": 1,
 *     "quizzes": {
 *       "borrowing/true-cost-of-a-loan": {          // quiz id: the locale-free page id
 *         "answers": { "apr-flat": ["about-16"] },  // question id → answer (`Answer` in quiz/quiz.ts)
 *         "correct": 4,                             // right answers among those given
 *         "total": 5,                               // questions in the quiz
 *         "passed": true,                           // passed at least once; "try again" keeps it
 *         "completedAt": "2026-11-29T09:30:00.000Z" // last time every question was answered, or null
 *       }
 *     }
 *   }
 *
 * Ids are locale-free, so progress follows the learner across languages. Anything else found under the
 * key (nothing, another version, bad JSON, wrong types, oversized values) is read as a fresh start and
 * replaced on the next write; reading and writing never throw, since storage can be full or blocked.
 */

import type { StorageKey } from '~/site/storage-keys';
import type { KeyValueStore } from '~/site/storage';

export const PROGRESS_KEY = 'bw:progress' satisfies StorageKey;
export const PROGRESS_VERSION = 1;

/** Past this many characters the stored value is not ours (or is damaged); start fresh. */
const MAX_STORED_CHARS = 200_000;
const MAX_ID = 128;
const MAX_ANSWER_PARTS = 16;
const MAX_ANSWER_CHARS = 64;

export interface QuizProgress {
	answers: Record<string, string[]>;
	correct: number;
	total: number;
	passed: boolean;
	completedAt: string | null;
}

export interface Progress {
	version: typeof PROGRESS_VERSION;
	quizzes: Record<string, QuizProgress>;
}

/** The part of storage we use: the browser's is `localStore()` from site/storage; tests pass a fake. */
export type ProgressStorage = Pick<KeyValueStore, 'getItem' | 'setItem'>;

export function emptyProgress(): Progress {
	return { version: PROGRESS_VERSION, quizzes: {} };
}

const idPattern = /^[a-z0-9][a-z0-9/-]*$/;

function isId(value: string): boolean {
	return value.length <= MAX_ID && idPattern.test(value) && value !== '__proto__';
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1000;
}

function cleanAnswers(value: unknown): Record<string, string[]> | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const answers: Record<string, string[]> = {};
	for (const [question, answer] of Object.entries(value)) {
		if (
			!isId(question) ||
			!Array.isArray(answer) ||
			answer.length === 0 ||
			answer.length > MAX_ANSWER_PARTS
		)
			continue;
		if (!answer.every((part) => typeof part === 'string' && part.length <= MAX_ANSWER_CHARS))
			continue;
		answers[question] = answer as string[];
	}
	return answers;
}

function cleanQuiz(value: unknown): QuizProgress | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const q = value as Record<string, unknown>;
	const answers = cleanAnswers(q['answers']);
	if (!answers || !isCount(q['correct']) || !isCount(q['total']) || q['correct'] > q['total'])
		return undefined;
	if (typeof q['passed'] !== 'boolean') return undefined;
	const at = q['completedAt'];
	const completedAt =
		typeof at === 'string' && at.length <= 40 && !Number.isNaN(Date.parse(at)) ? at : null;
	return { answers, correct: q['correct'], total: q['total'], passed: q['passed'], completedAt };
}

/** Turns whatever was stored into valid progress, dropping what cannot be trusted. */
export function parseProgress(raw: string | null | undefined): Progress {
	if (typeof raw !== 'string' || raw.length > MAX_STORED_CHARS) return emptyProgress();
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return emptyProgress();
	}
	if (typeof data !== 'object' || data === null) return emptyProgress();
	const { version, quizzes } = data as Record<string, unknown>;
	// Version 1 is the first stored shape; anything else is not ours to read.
	if (version !== PROGRESS_VERSION || typeof quizzes !== 'object' || quizzes === null)
		return emptyProgress();
	const progress = emptyProgress();
	for (const [id, quiz] of Object.entries(quizzes)) {
		const clean = isId(id) ? cleanQuiz(quiz) : undefined;
		if (clean) progress.quizzes[id] = clean;
	}
	return progress;
}

/** Reads progress; a missing, blocked or throwing storage reads as no progress. */
export function readProgress(storage: ProgressStorage | undefined): Progress {
	try {
		return parseProgress(storage?.getItem(PROGRESS_KEY));
	} catch {
		return emptyProgress();
	}
}

/** Saves progress; false when storage is unavailable or full (progress then lasts this page view). */
export function writeProgress(storage: ProgressStorage | undefined, progress: Progress): boolean {
	if (!storage) return false;
	try {
		storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
		return true;
	} catch {
		return false;
	}
}

/** Progress with one quiz's record replaced; `passed` stays true once earned. */
export function withQuiz(
	progress: Progress,
	quizId: string,
	update: {
		answers: Record<string, string[]>;
		correct: number;
		total: number;
		passed: boolean;
		completedAt: string | null;
	}
): Progress {
	const before = progress.quizzes[quizId];
	const record: QuizProgress = {
		answers: update.answers,
		correct: update.correct,
		total: update.total,
		passed: update.passed || (before?.passed ?? false),
		completedAt: update.completedAt ?? before?.completedAt ?? null,
	};
	return { ...progress, quizzes: { ...progress.quizzes, [quizId]: record } };
}

/** Progress with a quiz's answers cleared for another try; a pass already earned is kept. */
export function withQuizReset(progress: Progress, quizId: string): Progress {
	const before = progress.quizzes[quizId];
	if (!before) return progress;
	return withQuiz(progress, quizId, {
		answers: {},
		correct: 0,
		total: before.total,
		passed: false,
		completedAt: null,
	});
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
