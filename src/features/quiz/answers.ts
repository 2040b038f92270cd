// A quiz's answers as changes to stored progress: each is applied to what is stored when it is saved
// (site/storage `update`), never a copy this page held, so another tab's answers and an erase both stand.
import {
	idMap,
	type Progress,
	type QuestionResult,
	type QuizProgress,
} from '~/features/progress/store';
import { isCorrect, score, type QuestionKey } from './quiz';

/** Progress with one quiz's record replaced; `passed` stays true once earned, and the last completion date is kept. */
export function withQuiz(progress: Progress, quizId: string, record: QuizProgress): Progress {
	const quizzes = idMap(Object.entries(progress.quizzes));
	const before = quizzes[quizId];
	quizzes[quizId] = {
		...record,
		passed: record.passed || !!before?.passed,
		completedAt: record.completedAt ?? before?.completedAt ?? null,
	};
	return { ...progress, quizzes };
}

/**
 * Progress with a quiz's answers cleared for another try (a pass already earned is kept), or with one
 * answer set; the quiz is scored again from every answer then stored for it. `fits` drops a stored
 * answer that no longer fits its question (the quiz changed since). An answer also becomes its question's
 * last result; another try clears the answers but not the results, so what was missed can be reviewed.
 */
export function withAnswer(
	progress: Progress,
	quizId: string,
	keys: readonly QuestionKey[],
	answer?: { question: string; value: string[] },
	fits: (question: string, value: readonly string[]) => boolean = () => true,
	now: Date = new Date()
): Progress {
	const has = Object.hasOwn(progress.quizzes, quizId);
	if (!answer && !has) return progress;
	const stored = has ? progress.quizzes[quizId] : undefined;
	const answers = idMap(
		answer
			? [
					...Object.entries(stored?.answers ?? {}).filter(([question, value]) =>
						fits(question, value)
					),
					[answer.question, answer.value],
				]
			: []
	);
	const result = score(keys, answers);
	const key = answer && keys.find((k) => k.id === answer.question);
	const at = now.toISOString();
	return withQuiz(progress, quizId, {
		answers,
		correct: result.correct,
		total: result.total,
		passed: result.passed,
		completedAt: result.answered === result.total ? at : null,
		results: Object.assign(
			idMap<QuestionResult>(),
			stored?.results,
			key && { [key.id]: { right: isCorrect(key, answer.value), at } }
		),
	});
}
