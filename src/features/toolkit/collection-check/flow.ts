// The home-visit and contact check's flow: which question follows which answer, and which card
// results. Kept free of Zod so the page's browser code can import it (Zod would add ~25 KB and
// needs eval, which the CSP forbids); the schema imports its ids from here, never the reverse.

/** What is happening to the reader; the first question's options, in this order. */
export const situations = [
	'visit-planned',
	'visit-tonight',
	'at-door',
	'visit-parents',
	'visit-hometown',
	'visit-workplace',
	'contacting-others',
	'police-threat',
	'public-shaming',
] as const;
/** Places with a card; ids from the place setting (src/features/place/places.ts). */
export const places = ['cn', 'tw', 'hk', 'us', 'uk', 'mx', 'es'] as const;
/** The questions, in the order they are asked; `danger` only follows `at-door`. */
export const stepIds = ['situation', 'danger', 'place'] as const;
/** Answers to `danger`: are they threatening, trying to get in or refusing to leave right now? */
export const dangerAnswers = ['yes', 'no'] as const;

export type Situation = (typeof situations)[number];
export type Place = (typeof places)[number];
export type StepId = (typeof stepIds)[number];
export type DangerAnswer = (typeof dangerAnswers)[number];

/** What the reader has answered so far. */
export interface Answers {
	situation?: Situation;
	danger?: DangerAnswer;
	place?: Place;
}

/** The card a finished flow shows: `urgent` puts the emergency number first. */
export interface CardChoice {
	situation: Situation;
	place: Place;
	urgent: boolean;
}

/** Where the reader is: a question to answer, or the card. */
export type Position = { step: StepId } | { card: CardChoice };

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
	typeof value === 'string' && (list as readonly string[]).includes(value);

/** The questions this reader is asked, given the answers so far. */
export function pathFor(answers: Answers): StepId[] {
	return answers.situation === 'at-door'
		? ['situation', 'danger', 'place']
		: ['situation', 'place'];
}

/** The first unanswered question on the reader's path, or the card once all are answered. */
export function position(answers: Answers): Position {
	const step = pathFor(answers).find((id) => answers[id] === undefined);
	if (step) return { step };
	return {
		card: {
			situation: answers.situation!,
			place: answers.place!,
			urgent: answers.danger === 'yes',
		},
	};
}

/**
 * Records an answer. A value outside the question's options is refused (the answers come back
 * unchanged), and an answer that no longer applies is dropped: leaving `at-door` forgets `danger`.
 */
export function answer(answers: Answers, step: StepId, value: unknown): Answers {
	const next: Answers = { ...answers };
	if (step === 'situation' && isOneOf(situations, value)) next.situation = value;
	else if (step === 'danger' && isOneOf(dangerAnswers, value)) next.danger = value;
	else if (step === 'place' && isOneOf(places, value)) next.place = value;
	else return answers;
	if (!pathFor(next).includes('danger')) delete next.danger;
	return next;
}

/** Going back from `from` (a question, or the card): the question before it, with its answer kept for editing. */
export function back(answers: Answers, from: StepId | 'card'): StepId | undefined {
	const path = pathFor(answers);
	const index = from === 'card' ? path.length : path.indexOf(from);
	return index > 0 ? path[index - 1] : undefined;
}

/** Answers up to, not including, `step`: what is left when the reader returns to that question. */
export function answersBefore(answers: Answers, step: StepId): Answers {
	const kept: Answers = {};
	for (const id of pathFor(answers)) {
		if (id === step) break;
		if (id === 'situation' && answers.situation) kept.situation = answers.situation;
		if (id === 'danger' && answers.danger) kept.danger = answers.danger;
	}
	return kept;
}

/** "Step 2 of 3": the question's number on the reader's path and the path's length. */
export function stepNumber(answers: Answers, step: StepId): { number: number; total: number } {
	const path = pathFor(answers);
	return { number: path.indexOf(step) + 1, total: path.length };
}

/** The card's id, as used in `data-card` on the page. */
export const cardKey = (situation: Situation, place: Place) => `${situation}.${place}`;

/** A `tel:` address for a number as written on the card: "(855) 411-2372" → "tel:8554112372". */
export const telHref = (number: string) => `tel:${number.replace(/[^0-9+]/g, '')}`;
