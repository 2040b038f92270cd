// What a quiz tells its page as the reader answers, for a platform that embeds the lesson (the embed
// view forwards it, src/features/embed/events.ts): each answer, and the result once all are answered.
import {
	QUIZ_ANSWERED,
	QUIZ_COMPLETED,
	type AnsweredDetail,
	type CompletedDetail,
} from '~/features/progress/events';

export function tellAnswer(
	quiz: HTMLElement,
	answer: AnsweredDetail,
	result: { answered: number; total: number; correct: number; passed: boolean }
) {
	const tell = <T>(type: string, detail: T) =>
		quiz.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
	tell<AnsweredDetail>(QUIZ_ANSWERED, answer);
	const { correct: score, total, passed } = result;
	if (result.answered === total) tell<CompletedDetail>(QUIZ_COMPLETED, { score, total, passed });
}
