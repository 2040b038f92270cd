// "Review what you missed": which questions the learner last answered wrong, across lessons and module
// checks, and the change a retry makes. Pure logic, shared by the build (the review data) and the browser.
import type { Answer, QuestionKey } from '~/features/quiz/quiz';
import { idMap, type Progress } from './store';

/**
 * One question as the progress page needs it to show and re-ask it, in the page's language: what
 * `/<locale>/progress/review.json` lists for every lesson question of the course, in course order.
 */
export interface ReviewQuestion {
	/** Question id, unique within its lesson (and its module). */
	id: string;
	/** Locale-free page id of the lesson that asks it. */
	lesson: string;
	/** Locale-free page id of the module check that also asks it, if it does. */
	check?: string;
	key: QuestionKey;
	prompt: string;
	scenario?: string;
	/** Choices, or the two of a true/false question (ids `true`, `false`), in authored order. */
	options?: { id: string; text: string; feedback?: string }[];
	/** Steps of an ordering question, in their right order. */
	steps?: { id: string; text: string }[];
	unit?: string;
	/** The right answer in words: option texts, steps in order, or the number with its unit. */
	rightAnswer: string[];
	/** Shown for a right or wrong answer where options have no feedback of their own. */
	feedback?: { right: string; wrong: string };
	explanation: string;
	/** The lesson section that teaches it: address with `#anchor`, and "Lesson: heading". */
	href: string;
	sectionLabel: string;
}

/** A question the learner last got wrong, and the quiz record that holds that result. */
export interface Missed {
	question: ReviewQuestion;
	quizId: string;
}

/**
 * The questions whose last answer, in the lesson's quiz or in its module check, was wrong, in course
 * order. The later result wins; an answer kept without a result (saved before results were kept) is
 * marked against today's key with `isCorrect` (quiz/quiz.ts) and counts as older than any result with a time.
 */
export function missedQuestions(
	progress: Progress,
	questions: readonly ReviewQuestion[],
	isCorrect: (key: QuestionKey, answer: Answer) => boolean
): Missed[] {
	const missed: Missed[] = [];
	for (const question of questions) {
		let last: { right: boolean; at: number; quizId: string } | undefined;
		for (const quizId of [question.lesson, question.check]) {
			if (!quizId || !Object.hasOwn(progress.quizzes, quizId)) continue;
			const record = progress.quizzes[quizId]!;
			const result = Object.hasOwn(record.results, question.id)
				? record.results[question.id]
				: undefined;
			const answer = Object.hasOwn(record.answers, question.id)
				? record.answers[question.id]
				: undefined;
			const seen = result
				? { right: result.right, at: Date.parse(result.at), quizId }
				: answer
					? { right: isCorrect(question.key, answer), at: -Infinity, quizId }
					: undefined;
			if (seen && (!last || seen.at > last.at)) last = seen;
		}
		if (last && !last.right) missed.push({ question, quizId: last.quizId });
	}
	return missed;
}

/**
 * Progress with a retried question's result replaced in the quiz record that held it. The record's
 * answers and score stay as earned in the quiz itself; a record that is gone (erased meanwhile) stays gone.
 */
export function withRetry(
	progress: Progress,
	quizId: string,
	questionId: string,
	right: boolean,
	now: Date = new Date()
): Progress {
	if (!Object.hasOwn(progress.quizzes, quizId)) return progress;
	const record = progress.quizzes[quizId]!;
	const results = idMap(Object.entries(record.results));
	results[questionId] = { right, at: now.toISOString() };
	return {
		...progress,
		quizzes: idMap([...Object.entries(progress.quizzes), [quizId, { ...record, results }]]),
	};
}
