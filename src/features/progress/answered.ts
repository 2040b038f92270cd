// Whether there is anything to review yet: kept apart from review.ts, so the progress page loads the
// review's code (and the quiz's scoring with it) only once the learner has answered something.
import type { Progress } from './store';

/** Whether progress holds any answer or result at all (before that, there is nothing to look up). */
export function hasAnswers(progress: Progress): boolean {
	return Object.values(progress.quizzes).some(
		(quiz) => Object.keys(quiz.answers).length > 0 || Object.keys(quiz.results).length > 0
	);
}
