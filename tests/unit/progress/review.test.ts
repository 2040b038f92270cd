import { describe, expect, it } from 'vitest';
import { hasAnswers } from '~/features/progress/answered';
import { missedQuestions, withRetry, type ReviewQuestion } from '~/features/progress/review';
import { emptyProgress, type Progress, type QuizProgress } from '~/features/progress/store';
import { withQuiz } from '~/features/quiz/answers';
import { isCorrect } from '~/features/quiz/quiz';

const lesson = 'overdue/collection-and-court';
const check = 'overdue/check';

const question = (id: string, over: Partial<ReviewQuestion> = {}): ReviewQuestion => ({
	id,
	lesson,
	check,
	key: { id, type: 'single', correct: ['right'] },
	prompt: `${id}?`,
	options: [
		{ id: 'right', text: 'Right', feedback: 'Yes.' },
		{ id: 'wrong', text: 'Wrong', feedback: 'No.' },
	],
	rightAnswer: ['Right'],
	explanation: 'Because.',
	href: `/en/${lesson}/#a-heading`,
	sectionLabel: 'Lesson: A heading',
	...over,
});

const { check: _notInCheck, ...third } = question('third');
const questions = [question('first'), question('second'), third];

const record = (over: Partial<QuizProgress>): QuizProgress => ({
	answers: {},
	correct: 0,
	total: 3,
	passed: false,
	completedAt: null,
	results: {},
	...over,
});

const at = (day: number) => `2026-12-0${day}T10:00:00.000Z`;
const missedIds = (progress: Progress) =>
	missedQuestions(progress, questions, isCorrect).map((m) => `${m.quizId}#${m.question.id}`);

describe('review what you missed', () => {
	it('lists nothing before any answer, and says there is nothing to look up', () => {
		expect(hasAnswers(emptyProgress())).toBe(false);
		expect(missedQuestions(emptyProgress(), questions, isCorrect)).toEqual([]);
	});

	it('lists the questions last answered wrong, in course order, with the quiz that holds the result', () => {
		const progress = withQuiz(
			emptyProgress(),
			lesson,
			record({
				answers: { second: ['wrong'], first: ['wrong'], third: ['right'] },
				results: {
					second: { right: false, at: at(1) },
					first: { right: false, at: at(1) },
					third: { right: true, at: at(1) },
				},
			})
		);
		expect(hasAnswers(progress)).toBe(true);
		expect(missedIds(progress)).toEqual([`${lesson}#first`, `${lesson}#second`]);
	});

	it('takes the later result across the lesson and its module check', () => {
		let progress = withQuiz(
			emptyProgress(),
			lesson,
			record({
				results: { first: { right: false, at: at(1) }, second: { right: true, at: at(1) } },
			})
		);
		progress = withQuiz(
			progress,
			check,
			record({
				results: { first: { right: true, at: at(2) }, second: { right: false, at: at(2) } },
			})
		);
		expect(missedIds(progress)).toEqual([`${check}#second`]);
	});

	it('ignores a check record for a question the check does not ask', () => {
		const progress = withQuiz(
			emptyProgress(),
			check,
			record({ results: { third: { right: false, at: at(2) } } })
		);
		expect(missedIds(progress)).toEqual([]);
	});

	it('marks answers saved before results were kept against the key, as older than any result', () => {
		let progress = withQuiz(
			emptyProgress(),
			lesson,
			record({ answers: { first: ['wrong'], second: ['wrong'] } })
		);
		expect(missedIds(progress)).toEqual([`${lesson}#first`, `${lesson}#second`]);
		progress = withQuiz(
			progress,
			check,
			record({ results: { second: { right: true, at: at(1) } } })
		);
		expect(missedIds(progress)).toEqual([`${lesson}#first`]);
	});

	it('a retry replaces the result where it was held: right leaves the list, wrong stays', () => {
		const progress = withQuiz(
			emptyProgress(),
			lesson,
			record({
				answers: { first: ['wrong'] },
				correct: 0,
				results: { first: { right: false, at: at(1) }, second: { right: false, at: at(1) } },
			})
		);
		const retried = withRetry(progress, lesson, 'first', true, new Date(at(3)));
		expect(missedIds(retried)).toEqual([`${lesson}#second`]);
		// The quiz's own answers and score stay as earned there.
		expect(retried.quizzes[lesson]!.answers).toEqual({ first: ['wrong'] });
		expect(retried.quizzes[lesson]!.correct).toBe(0);
		const again = withRetry(retried, lesson, 'second', false, new Date(at(3)));
		expect(again.quizzes[lesson]!.results['second']).toEqual({ right: false, at: at(3) });
		expect(missedIds(again)).toEqual([`${lesson}#second`]);
		// It does not change the progress it was given.
		expect(progress.quizzes[lesson]!.results['first']).toEqual({ right: false, at: at(1) });
	});

	it('a retry on a record erased meanwhile leaves it erased', () => {
		expect(withRetry(emptyProgress(), lesson, 'first', true)).toEqual(emptyProgress());
	});

	it('reads prototype names as plain question ids', () => {
		const progress = withQuiz(
			emptyProgress(),
			lesson,
			record({ results: { constructor: { right: false, at: at(1) } } })
		);
		expect(
			missedQuestions(progress, [question('constructor'), question('toString')], isCorrect).map(
				(m) => m.question.id
			)
		).toEqual(['constructor']);
	});
});
