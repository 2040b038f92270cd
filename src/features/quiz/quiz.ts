// Scoring and shuffling for quizzes. Runs in the build and in the browser, so it imports only types.
import type { UiKey } from '~/site/ui-strings-schema';
import type { Question } from './schema';

/** The UI strings a quiz's element fills in the browser (Quiz.astro sends them, bw-quiz.ts reads them). */
export const quizBrowserKeys = [
	'quiz.right',
	'quiz.wrong',
	'quiz.needAnswer',
	'quiz.needNumber',
	'quiz.score',
	'quiz.passed',
	'quiz.notPassed',
	'quiz.moved',
	'quiz.notSaved',
	'quiz.leftAlone',
] as const satisfies readonly UiKey[];

export type QuizBrowserKey = (typeof quizBrowserKeys)[number];

/** Share of questions a learner must get right to pass. */
export const PASS_MARK = 0.8;

/**
 * What the browser needs to mark one question, without the texts. Answers are always a list of
 * strings: option ids (single, multiple, scenario), step ids in order (ordering), `"true"`/`"false"`
 * (true-false), or the number as typed (numeric).
 */
export type QuestionKey =
	| { id: string; type: 'single' | 'scenario' | 'multiple' | 'ordering'; correct: string[] }
	| { id: string; type: 'true-false'; correct: boolean }
	| { id: string; type: 'numeric'; correct: number; tolerance: number };

export type Answer = readonly string[];

/** The answer key of a question. */
export function keyOf(question: Question): QuestionKey {
	switch (question.type) {
		case 'true-false':
			return { id: question.id, type: question.type, correct: question.answer };
		case 'numeric':
			return {
				id: question.id,
				type: question.type,
				correct: question.answer,
				tolerance: question.tolerance,
			};
		case 'ordering':
			return { id: question.id, type: question.type, correct: question.steps.map((s) => s.id) };
		default:
			return {
				id: question.id,
				type: question.type,
				correct: question.options.filter((o) => o.correct).map((o) => o.id),
			};
	}
}

const fullWidth = /[\uff10-\uff19\uff0c\uff0e\uff05\uff0d]/g;

/**
 * Reads a number as people type it: `18.25`, `18,25`, `18.25 %`, full-width `１８．２５`, `-3`.
 * Returns undefined for anything else, never NaN.
 */
export function parseNumber(text: string): number | undefined {
	let t = text.replace(fullWidth, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
	t = t.replace(/\s+/g, '').replace(/%$/, '').replace('\u2212', '-');
	if (t.includes(',')) {
		// Commas with a dot, or in groups of three, separate thousands; a lone comma is a decimal comma (es: 18,25).
		t =
			t.includes('.') || /^[-+]?\d{1,3}(?:,\d{3})+$/.test(t)
				? t.replaceAll(',', '')
				: t.replace(/^([-+]?\d*),(\d+)$/, '$1.$2');
	}
	if (!/^[-+]?(?:\d+\.?\d*|\.\d+)$/.test(t)) return undefined;
	const n = Number(t);
	return Number.isFinite(n) ? n : undefined;
}

/** Whether a number is within tolerance, forgiving binary rounding (18.35 − 18.25 is 0.10000000000000142). */
export function withinTolerance(value: number, answer: number, tolerance: number): boolean {
	return Math.abs(value - answer) <= tolerance + 1e-9 * Math.max(1, Math.abs(answer));
}

/** Whether an answer is right. Order of options never matters; order of steps does. */
export function isCorrect(key: QuestionKey, answer: Answer): boolean {
	switch (key.type) {
		case 'true-false':
			return answer.length === 1 && answer[0] === String(key.correct);
		case 'numeric': {
			const value = answer.length === 1 ? parseNumber(answer[0]!) : undefined;
			return value !== undefined && withinTolerance(value, key.correct, key.tolerance);
		}
		case 'ordering':
			return answer.length === key.correct.length && key.correct.every((id, i) => answer[i] === id);
		default: {
			const chosen = new Set(answer);
			return (
				chosen.size === key.correct.length &&
				answer.length === chosen.size &&
				key.correct.every((id) => chosen.has(id))
			);
		}
	}
}

export interface Score {
	correct: number;
	total: number;
	answered: number;
	/** All questions answered and at least the pass mark right. */
	passed: boolean;
}

/** Scores the answers given so far; questions without an answer count as not yet right. */
export function score(
	keys: readonly QuestionKey[],
	answers: Readonly<Record<string, Answer>>
): Score {
	let correct = 0;
	let answered = 0;
	for (const key of keys) {
		const answer = Object.hasOwn(answers, key.id) ? answers[key.id] : undefined;
		if (!answer) continue;
		answered++;
		if (isCorrect(key, answer)) correct++;
	}
	const total = keys.length;
	return {
		correct,
		total,
		answered,
		passed: total > 0 && answered === total && correct >= passMarkCount(total),
	};
}

/** How many right answers pass a quiz of `total` questions (80% of 5 is 4). */
export function passMarkCount(total: number): number {
	return Math.ceil(total * PASS_MARK - 1e-9);
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/** A shuffled copy that is never in the original order (for ordering questions, where that order is the answer). */
export function shuffleAway<T>(items: readonly T[], random: () => number = Math.random): T[] {
	if (items.length < 2) return [...items];
	const copy = shuffle(items, random);
	// Rotating by one is a fallback that always moves every item.
	return copy.every((item, i) => item === items[i]) ? [...items.slice(1), items[0]!] : copy;
}

/** A repeatable random sequence from a string, so the build mixes steps the same way every time. */
export function seededRandom(seed: string): () => number {
	let h = 2166136261;
	for (const c of seed) h = Math.imul(h ^ c.codePointAt(0)!, 16777619);
	return () => {
		h = (h + 0x6d2b79f5) | 0;
		let t = Math.imul(h ^ (h >>> 15), 1 | h);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
