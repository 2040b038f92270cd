import { describe, expect, it } from 'vitest';
import { emptyProgress, progressCodec } from '~/features/progress/store';
import { withAnswer, withQuiz } from '~/features/quiz/answers';
import type { QuestionKey } from '~/features/quiz/quiz';
import { update, type KeyValueStore } from '~/site/storage';

const lesson = 'borrowing/true-cost-of-a-loan';
const record = {
	answers: { 'apr-flat': ['about-16'], 'daily-rate': ['18.25'] },
	correct: 2,
	total: 6,
	passed: false,
	completedAt: null,
	results: {},
};

const keys: QuestionKey[] = [
	{ id: 'one', type: 'single', correct: ['a'] },
	{ id: 'two', type: 'true-false', correct: true },
	{ id: 'constructor', type: 'single', correct: ['c'] },
];

class FakeStorage implements KeyValueStore {
	readonly items = new Map<string, string>();
	getItem = (key: string) => this.items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.items.set(key, value);
	removeItem = (key: string) => void this.items.delete(key);
}

describe('quiz records', () => {
	it('keeps a pass through a retry, and clears the answers', () => {
		const passed = withQuiz(emptyProgress(), lesson, {
			...record,
			correct: 3,
			total: 3,
			passed: true,
			completedAt: '2026-11-29T09:00:00.000Z',
		});
		// No answer given: every answer is cleared.
		const retried = withAnswer(passed, lesson, keys);
		expect(retried.quizzes[lesson]).toEqual({
			answers: {},
			correct: 0,
			total: 3,
			passed: true,
			completedAt: '2026-11-29T09:00:00.000Z',
			results: {},
		});
		// A failed retry does not take the pass away either.
		expect(withQuiz(retried, lesson, { ...record, passed: false }).quizzes[lesson]!.passed).toBe(
			true
		);
		expect(withAnswer(emptyProgress(), lesson, keys)).toEqual(emptyProgress());
	});

	it('does not change the progress it was given', () => {
		const before = emptyProgress();
		withQuiz(before, lesson, record);
		withAnswer(before, lesson, keys, { question: 'one', value: ['a'] });
		expect(before).toEqual(emptyProgress());
	});
});

describe('an answer saved as a change to what is stored now', () => {
	const answer =
		(question: string, value: string[]) =>
		(progress = emptyProgress()) =>
			withAnswer(progress, 'q/z', keys, { question, value });

	it('keeps the answers another tab stored meanwhile, and scores them all', () => {
		const storage = new FakeStorage();
		// Tab A and tab B both opened the quiz with nothing stored; A answers, then B.
		update(progressCodec, answer('one', ['a']), storage);
		const { value } = update(progressCodec, answer('two', ['true']), storage);
		expect(value.quizzes['q/z']!.answers).toEqual({ one: ['a'], two: ['true'] });
		expect(value.quizzes['q/z']).toMatchObject({ correct: 2, total: 3, completedAt: null });
	});

	it('does not bring erased answers back', () => {
		const storage = new FakeStorage();
		update(progressCodec, answer('one', ['a']), storage);
		storage.removeItem(progressCodec.key);
		const { value } = update(progressCodec, answer('two', ['false']), storage);
		expect(value.quizzes['q/z']!.answers).toEqual({ two: ['false'] });
		expect(value.quizzes['q/z']!.correct).toBe(0);
	});

	it('passes and dates the quiz once every question is answered, with prototype names as plain ids', () => {
		const now = new Date('2026-12-01T10:00:00.000Z');
		let progress = emptyProgress();
		for (const [question, value] of [
			['one', ['a']],
			['two', ['true']],
			['constructor', ['c']],
		] as const)
			progress = withAnswer(progress, 'q/z', keys, { question, value: [...value] }, undefined, now);
		const right = { right: true, at: now.toISOString() };
		expect(progress.quizzes['q/z']).toEqual({
			answers: { one: ['a'], two: ['true'], constructor: ['c'] },
			correct: 3,
			total: 3,
			passed: true,
			completedAt: now.toISOString(),
			results: { one: right, two: right, constructor: right },
		});
	});

	it('keeps each question’s last result, through another try', () => {
		const first = new Date('2026-12-01T10:00:00.000Z');
		const later = new Date('2026-12-02T10:00:00.000Z');
		let progress = withAnswer(
			emptyProgress(),
			'q/z',
			keys,
			{ question: 'one', value: ['b'] },
			undefined,
			first
		);
		progress = withAnswer(
			progress,
			'q/z',
			keys,
			{ question: 'two', value: ['true'] },
			undefined,
			first
		);
		expect(progress.quizzes['q/z']!.results).toEqual({
			one: { right: false, at: first.toISOString() },
			two: { right: true, at: first.toISOString() },
		});
		// "Try again" clears the answers; what was missed stays missed until answered again.
		progress = withAnswer(progress, 'q/z', keys, undefined, undefined, later);
		expect(progress.quizzes['q/z']!.answers).toEqual({});
		expect(progress.quizzes['q/z']!.results['one']).toEqual({
			right: false,
			at: first.toISOString(),
		});
		progress = withAnswer(
			progress,
			'q/z',
			keys,
			{ question: 'one', value: ['a'] },
			undefined,
			later
		);
		expect(progress.quizzes['q/z']!.results).toEqual({
			one: { right: true, at: later.toISOString() },
			two: { right: true, at: first.toISOString() },
		});
	});

	it('drops stored answers that no longer fit their question', () => {
		const stored = withAnswer(emptyProgress(), 'q/z', keys, { question: 'one', value: ['gone'] });
		const next = withAnswer(
			stored,
			'q/z',
			keys,
			{ question: 'two', value: ['true'] },
			(question, value) => question !== 'one' || value[0] !== 'gone'
		);
		expect(next.quizzes['q/z']!.answers).toEqual({ two: ['true'] });
	});
});
