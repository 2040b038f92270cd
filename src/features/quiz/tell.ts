// What a quiz tells its page as the reader answers, for a platform that embeds the lesson (the embed
// view forwards it, src/features/embed/events.ts): each answer, and the result once all are answered.

/** Fired (bubbling) by a quiz when the reader checks an answer. */
export const QUIZ_ANSWERED = 'bw-quiz-answered';
export interface AnsweredDetail {
	question: string;
	correct: boolean;
}
/** Fired (bubbling) by a quiz when its last question is answered. */
export const QUIZ_COMPLETED = 'bw-quiz-completed';
export interface CompletedDetail {
	score: number;
	total: number;
	passed: boolean;
}

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
