/**
 * Carrying progress to another device (there are no accounts): a JSON file the learner saves and opens
 * elsewhere, and the reading of whatever is in storage for the "My progress" page.
 *
 *   {
 *     "format": "borrow-wisely-progress",
 *     "version": 1,                                  // this wrapper's version
 *     "exportedAt": "2026-11-29T10:00:00.000Z",
 *     "progress": { "version": 1, "quizzes": { … } } // exactly what `bw:progress` holds
 *   }
 *
 * An imported file goes through the same parser as storage (`parseProgress`) and keeps only quizzes of the
 * course, so a file can never hold more than storage would accept. Import either merges (per quiz the
 * better result is kept) or replaces; the result is checked against the storage limit before it is written.
 */
import type { KeyValueStore } from '~/site/storage';
import {
	decodeProgress,
	idMap,
	MAX_STORED_CHARS,
	parseProgress,
	PROGRESS_KEY,
	PROGRESS_VERSION,
	type Progress,
	type QuizProgress,
} from './store';

export const EXPORT_FORMAT = 'borrow-wisely-progress';

/** Progress versions this code reads: version 1 is version 2 without `results` (see store). */
const isReadableVersion = (version: unknown) => version === 1 || version === PROGRESS_VERSION;
export const EXPORT_VERSION = 1;
/**
 * The longest file read: what storage can hold plus the file's wrapper, so every file saved here loads
 * (real ones are a few kilobytes). A file of more bytes than 3 per character is refused before reading.
 */
export const MAX_IMPORT_CHARS = MAX_STORED_CHARS + 1_000;

export type ImportError = 'tooLarge' | 'notJson' | 'notOurs' | 'newer' | 'empty';

export type ImportResult =
	| {
			ok: true;
			progress: Progress;
			/** quiz records dropped as unreadable or not quizzes of the course */
			dropped: number;
	  }
	| { ok: false; reason: ImportError };

/** The file's text: indented to be readable, unless that would make it too long to load again. */
export function exportProgress(progress: Progress, now: Date = new Date()): string {
	const file = {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exportedAt: now.toISOString(),
		progress,
	};
	const text = `${JSON.stringify(file, null, 2)}\n`;
	return text.length <= MAX_IMPORT_CHARS ? text : `${JSON.stringify(file)}\n`;
}

/** `borrow-wisely-progress-2026-11-29.json`, dated on the learner's own calendar. */
export function exportFileName(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${EXPORT_FORMAT}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an exported file; a reason for anything that is not a usable progress file of ours. Only the
 * quizzes in `course` (ids of the course's lessons and checks) are kept.
 */
export function parseImport(text: string, course: ReadonlySet<string>): ImportResult {
	if (text.length > MAX_IMPORT_CHARS) return { ok: false, reason: 'tooLarge' };
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return { ok: false, reason: 'notJson' };
	}
	if (!isObject(data) || data['format'] !== EXPORT_FORMAT || typeof data['version'] !== 'number')
		return { ok: false, reason: 'notOurs' };
	const inner = data['progress'];
	if (!isObject(inner)) return { ok: false, reason: 'notOurs' };
	if (
		data['version'] > EXPORT_VERSION ||
		(typeof inner['version'] === 'number' && inner['version'] > PROGRESS_VERSION)
	)
		return { ok: false, reason: 'newer' };
	if (
		data['version'] !== EXPORT_VERSION ||
		!isReadableVersion(inner['version']) ||
		!isObject(inner['quizzes'])
	)
		return { ok: false, reason: 'notOurs' };
	const given = Object.keys(inner['quizzes']).length;
	// The same rules as storage, so an imported file can hold nothing storage would refuse.
	const read = parseProgress(JSON.stringify(inner));
	const progress = {
		...read,
		quizzes: idMap(Object.entries(read.quizzes).filter(([id]) => course.has(id))),
	};
	const kept = Object.keys(progress.quizzes).length;
	if (kept === 0) return { ok: false, reason: 'empty' };
	return { ok: true, progress, dropped: given - kept };
}

/**
 * Orders results: a pass first, then a finished attempt (`finished`: when, or null), then the higher
 * share right, then the later one. Also how the class report picks between two codes of one learner.
 */
export function rank(
	result: { passed: boolean; correct: number; total: number },
	finished: string | null
): number[] {
	return [
		result.passed ? 1 : 0,
		finished ? 1 : 0,
		result.total > 0 ? result.correct / result.total : 0,
		finished ? Date.parse(finished) : 0,
	];
}

/** Whether the result ranked `b` beats the one ranked `a` (a tie keeps `a`). */
export function beats(a: readonly number[], b: readonly number[]): boolean {
	const i = a.findIndex((value, index) => value !== b[index]);
	return i !== -1 && b[i]! > a[i]!;
}

/**
 * The better of two results for one quiz (ties keep `a`); a pass earned in either is kept, and each
 * question's result is the later of the two.
 */
export function betterQuiz(a: QuizProgress, b: QuizProgress): QuizProgress {
	const best = beats(rank(a, a.completedAt), rank(b, b.completedAt)) ? b : a;
	const results = idMap(Object.entries(a.results));
	for (const [id, result] of Object.entries(b.results)) {
		const mine = results[id];
		if (!mine || Date.parse(result.at) > Date.parse(mine.at)) results[id] = result;
	}
	return { ...best, passed: a.passed || b.passed, results };
}

/** Every quiz from both; where both have one, the better result. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
	const quizzes = idMap(Object.entries(current.quizzes));
	for (const [id, quiz] of Object.entries(incoming.quizzes))
		quizzes[id] = Object.hasOwn(quizzes, id) ? betterQuiz(quizzes[id]!, quiz) : quiz;
	return { version: PROGRESS_VERSION, quizzes };
}

/**
 * What storage holds: whether part of it had to be dropped (damaged records, not JSON, not our shape),
 * or whether it must be left alone as it is (`newer` version, or `tooLarge` to read).
 */
export function inspectStored(raw: string | null | undefined): {
	progress: Progress;
	damaged: boolean;
	leftAlone?: 'newer' | 'tooLarge';
} {
	const progress = parseProgress(raw);
	if (raw === null || raw === undefined) return { progress, damaged: false };
	if (raw.length > MAX_STORED_CHARS) return { progress, damaged: false, leftAlone: 'tooLarge' };
	if (decodeProgress(raw).kind === 'newer') return { progress, damaged: false, leftAlone: 'newer' };
	let given = -1;
	try {
		const data: unknown = JSON.parse(raw);
		if (isObject(data) && isReadableVersion(data['version']) && isObject(data['quizzes']))
			given = Object.keys(data['quizzes']).length;
	} catch {
		// Not JSON: damaged.
	}
	return { progress, damaged: given !== Object.keys(progress.quizzes).length };
}

/** Removes the learner's progress from this browser; false when storage cannot be touched. */
export function eraseProgress(storage: Pick<KeyValueStore, 'removeItem'> | undefined): boolean {
	try {
		storage?.removeItem(PROGRESS_KEY);
		return storage !== undefined;
	} catch {
		return false;
	}
}

/** Where a learner stands on one quiz: passed, finished below the pass mark, started, or not started. */
export type QuizStatus = 'done' | 'notPassed' | 'started' | 'notStarted';

export function quizStatus(quiz: QuizProgress | undefined): QuizStatus {
	if (!quiz) return 'notStarted';
	if (quiz.passed) return 'done';
	if (quiz.completedAt) return 'notPassed';
	return Object.keys(quiz.answers).length > 0 ? 'started' : 'notStarted';
}
