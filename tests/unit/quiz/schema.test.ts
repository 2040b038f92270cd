import { describe, expect, it } from 'vitest';
import { pageSchema } from '~/features/lesson/schema';
import { quizSchema } from '~/features/quiz/schema';
import { validLesson } from '../fixtures';

const common = {
	prompt: 'Question?',
	explanation: 'Because.',
	section: 'a-daily-rate',
	objective: 1,
};
const option = (id: string, correct = false) => ({
	id,
	text: id,
	feedback: `why ${id}`,
	...(correct ? { correct } : {}),
});

const valid = [
	{ ...common, id: 'apr-flat', type: 'single', options: [option('a'), option('b', true)] },
	{
		...common,
		id: 'counts',
		type: 'multiple',
		options: [option('a', true), option('b', true), option('c')],
	},
	{
		...common,
		id: 'upfront',
		type: 'true-false',
		answer: true,
		feedback: { right: 'r', wrong: 'w' },
	},
	{
		...common,
		id: 'offers',
		type: 'scenario',
		scenario: 'Two apps…',
		options: [option('a'), option('b', true)],
	},
	{
		...common,
		id: 'steps',
		type: 'ordering',
		steps: [
			{ id: 'one', text: '1' },
			{ id: 'two', text: '2' },
			{ id: 'three', text: '3' },
		],
		feedback: { right: 'r', wrong: 'w' },
	},
	{
		...common,
		id: 'daily',
		type: 'numeric',
		answer: 18.25,
		tolerance: 0.5,
		unit: '%',
		feedback: { right: 'r', wrong: 'w' },
	},
];

function messages(quiz: unknown) {
	const result = quizSchema.safeParse(quiz);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

function withQuestion(index: number, change: Record<string, unknown>) {
	return valid.map((q, i) => (i === index ? { ...q, ...change } : q));
}

describe('quizSchema', () => {
	it('accepts every question type and fills defaults', () => {
		const parsed = quizSchema.parse(valid);
		expect(parsed.map((q) => q.type)).toEqual([
			'single',
			'multiple',
			'true-false',
			'scenario',
			'ordering',
			'numeric',
		]);
		expect(parsed[0]).toMatchObject({
			check: true,
			options: [{ correct: false }, { correct: true }],
		});
	});

	it('names the question when a single choice has no correct option or two', () => {
		expect(messages(withQuestion(0, { options: [option('a'), option('b')] }))).toEqual([
			'0.options: question `apr-flat`: single-choice question has no correct option',
		]);
		expect(messages(withQuestion(0, { options: [option('a', true), option('b', true)] }))).toEqual([
			'0.options: question `apr-flat`: single-choice question has 2 correct options',
		]);
		expect(messages(withQuestion(3, { options: [option('a', true), option('b', true)] }))).toEqual([
			'3.options: question `offers`: scenario question has 2 correct options',
		]);
		expect(messages(withQuestion(1, { options: [option('a'), option('b')] }))).toEqual([
			'1.options: question `counts`: multiple-select question has no correct option',
		]);
	});

	it('names duplicate question, option and step ids', () => {
		expect(messages([...valid, valid[0]])).toEqual([
			'6.id: question `apr-flat`: this id is used by another question in the same quiz',
		]);
		expect(messages(withQuestion(0, { options: [option('a'), option('a', true)] }))).toEqual([
			'0.options.1.id: question `apr-flat`: option id `a` is used twice',
		]);
		expect(
			messages(
				withQuestion(4, {
					steps: [
						{ id: 'one', text: '1' },
						{ id: 'one', text: '2' },
						{ id: 'three', text: '3' },
					],
				})
			)
		).toEqual(['4.steps.1.id: question `steps`: step id `one` is used twice']);
	});

	it('names the question with an option lacking feedback, an unknown type or a numeric answer without tolerance', () => {
		const { feedback: _f, ...bare } = option('b', true);
		expect(messages(withQuestion(0, { options: [option('a'), bare] }))).toEqual([
			'0.options.1.feedback: question `apr-flat`: `options.1.feedback` is missing',
		]);
		expect(messages(withQuestion(0, { type: 'essay' }))).toEqual([
			'0.type: question `apr-flat`: unknown type `essay`; use one of single, multiple, true-false, scenario, ordering, numeric',
		]);
		const { tolerance: _t, ...noTolerance } = valid[5] as Record<string, unknown>;
		expect(messages(valid.map((q, i) => (i === 5 ? noTolerance : q)))).toEqual([
			'5.tolerance: question `daily`: `tolerance` is missing',
		]);
	});

	it('refuses unknown fields, bad ids and a section written as a link', () => {
		expect(messages(withQuestion(0, { hint: 'x' }))[0]).toMatch(
			/^0: question `apr-flat`: `question`: /
		);
		expect(messages(withQuestion(0, { id: 'Apr Flat' }))[0]).toMatch(
			/^0\.id: question `Apr Flat`: `id`: use lowercase/
		);
		expect(messages(withQuestion(0, { section: '#a-daily-rate' }))[0]).toMatch(
			/^0\.section: question `apr-flat`: `section`: /
		);
		expect(messages([{ type: 'single' }])[0]).toMatch(
			/^0\.id: question 1 \(no id\): `id` is missing/
		);
		expect(messages([])[0]).toMatch(/^: /);
	});

	it('is part of a lesson, and refused anywhere else', () => {
		const lesson = { ...validLesson, quiz: valid };
		expect(pageSchema.parse(lesson).quiz).toHaveLength(6);
		expect(
			pageSchema.safeParse({ kind: 'check', module: 'borrowing', quiz: valid }).error?.issues[0]
				?.message
		).toMatch(/draws its questions/);
		expect(pageSchema.safeParse({ kind: 'check' }).error?.issues[0]?.message).toBe(
			'A module check must name its module.'
		);
		expect(pageSchema.safeParse({ kind: 'check', module: 'borrowing' }).success).toBe(true);
	});
});
