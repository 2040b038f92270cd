/** Fired on window after quiz progress is saved, so other parts of the page (sidebar marks) can update. */
export const PROGRESS_EVENT = 'bw:progress';

/** Fired (bubbling) by a quiz when the reader checks an answer; the embed view forwards it to a platform. */
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
