// What an answer key and a printed handout show for each question, derived from the quiz data alone.
import type { Question } from '../quiz/schema';

/** One line of the answer: an option or step text, and for options whether it is right and why. */
export interface KeyItem {
	id: string;
	text: string;
	correct: boolean;
	feedback?: string;
}

/**
 * A question's options as an answer key lists them: choice options as authored; true/false as the two
 * verdicts; ordering as the steps in their right order (all "right"); numeric has none.
 */
export function keyItems(question: Question, labels: { true: string; false: string }): KeyItem[] {
	switch (question.type) {
		case 'true-false':
			return [true, false].map((value) => ({
				id: String(value),
				text: value ? labels.true : labels.false,
				correct: value === question.answer,
				feedback: value === question.answer ? question.feedback.right : question.feedback.wrong,
			}));
		case 'ordering':
			return question.steps.map((s) => ({ id: s.id, text: s.text, correct: true }));
		case 'numeric':
			return [];
		default:
			return question.options.map((o) => ({
				id: o.id,
				text: o.text,
				correct: o.correct,
				feedback: o.feedback,
			}));
	}
}
