import { describe, expect, it } from 'vitest';
import {
	isCorrect,
	keyOf,
	parseNumber,
	passMarkCount,
	score,
	seededRandom,
	shuffle,
	shuffleAway,
	withinTolerance,
	type QuestionKey,
} from '~/features/quiz/quiz';
import type { Question } from '~/features/quiz/schema';

const single: QuestionKey = { id: 'apr', type: 'single', correct: ['b'] };
const scenario: QuestionKey = { id: 'offers', type: 'scenario', correct: ['compare'] };
const multiple: QuestionKey = { id: 'counts', type: 'multiple', correct: ['a', 'c'] };
const trueFalse: QuestionKey = { id: 'upfront', type: 'true-false', correct: false };
const ordering: QuestionKey = { id: 'steps', type: 'ordering', correct: ['one', 'two', 'three'] };
const numeric: QuestionKey = { id: 'daily', type: 'numeric', correct: 18.25, tolerance: 0.5 };

describe('isCorrect', () => {
	it('single choice and scenario: exactly the right option', () => {
		expect(isCorrect(single, ['b'])).toBe(true);
		expect(isCorrect(single, ['a'])).toBe(false);
		expect(isCorrect(single, ['a', 'b'])).toBe(false);
		expect(isCorrect(single, [])).toBe(false);
		expect(isCorrect(scenario, ['compare'])).toBe(true);
		expect(isCorrect(scenario, ['take-a'])).toBe(false);
	});

	it('multiple select: all right options and nothing else, in any order', () => {
		expect(isCorrect(multiple, ['a', 'c'])).toBe(true);
		expect(isCorrect(multiple, ['c', 'a'])).toBe(true);
		expect(isCorrect(multiple, ['a'])).toBe(false);
		expect(isCorrect(multiple, ['a', 'b', 'c'])).toBe(false);
		expect(isCorrect(multiple, ['a', 'a'])).toBe(false);
	});

	it('true/false compares the chosen value', () => {
		expect(isCorrect(trueFalse, ['false'])).toBe(true);
		expect(isCorrect(trueFalse, ['true'])).toBe(false);
		expect(isCorrect({ ...trueFalse, correct: true }, ['true'])).toBe(true);
	});

	it('ordering: only the exact order', () => {
		expect(isCorrect(ordering, ['one', 'two', 'three'])).toBe(true);
		expect(isCorrect(ordering, ['two', 'one', 'three'])).toBe(false);
		expect(isCorrect(ordering, ['one', 'two'])).toBe(false);
	});

	it('numeric: within tolerance, edges included', () => {
		expect(isCorrect(numeric, ['18.25'])).toBe(true);
		expect(isCorrect(numeric, ['17.75'])).toBe(true);
		expect(isCorrect(numeric, ['18.75'])).toBe(true);
		expect(isCorrect(numeric, ['17.74'])).toBe(false);
		expect(isCorrect(numeric, ['18.76'])).toBe(false);
		expect(isCorrect(numeric, ['9'])).toBe(false);
		expect(isCorrect(numeric, ['lots'])).toBe(false);
		expect(isCorrect(numeric, [])).toBe(false);
	});

	it('numeric: an edge that binary floating point misses by a hair still counts', () => {
		expect(18.35 - 18.25).toBeGreaterThan(0.1);
		expect(withinTolerance(18.35, 18.25, 0.1)).toBe(true);
		expect(withinTolerance(18.36, 18.25, 0.1)).toBe(false);
		expect(isCorrect({ ...numeric, tolerance: 0 }, ['18.25'])).toBe(true);
		expect(isCorrect({ ...numeric, tolerance: 0 }, ['18.26'])).toBe(false);
	});
});

describe('parseNumber', () => {
	it('reads numbers the way people type them', () => {
		expect(parseNumber('18.25')).toBe(18.25);
		expect(parseNumber(' 18.25 % ')).toBe(18.25);
		expect(parseNumber('18,25')).toBe(18.25);
		expect(parseNumber('１８．２５')).toBe(18.25);
		expect(parseNumber('１８．２５％')).toBe(18.25);
		expect(parseNumber('12,000')).toBe(12000);
		expect(parseNumber('1,234.5')).toBe(1234.5);
		expect(parseNumber('-3')).toBe(-3);
		expect(parseNumber('.5')).toBe(0.5);
	});

	it('refuses what is not a number, never NaN', () => {
		for (const text of [
			'',
			' ',
			'abc',
			'18.2.5',
			'1e400',
			'18%%',
			'0x10',
			'Infinity',
			'NaN',
			'1,2,3',
		]) {
			expect(parseNumber(text), text).toBeUndefined();
		}
	});
});

describe('score', () => {
	const keys = [single, multiple, trueFalse, ordering, numeric];

	it('counts right answers and passes at 80%', () => {
		const allRight = {
			apr: ['b'],
			counts: ['a', 'c'],
			upfront: ['false'],
			steps: ['one', 'two', 'three'],
			daily: ['18.25'],
		};
		expect(score(keys, allRight)).toEqual({ correct: 5, total: 5, answered: 5, passed: true });
		expect(score(keys, { ...allRight, apr: ['a'] })).toEqual({
			correct: 4,
			total: 5,
			answered: 5,
			passed: true,
		});
		expect(score(keys, { ...allRight, apr: ['a'], daily: ['9'] })).toEqual({
			correct: 3,
			total: 5,
			answered: 5,
			passed: false,
		});
	});

	it('does not pass until every question is answered', () => {
		expect(
			score(keys, {
				apr: ['b'],
				counts: ['a', 'c'],
				upfront: ['false'],
				steps: ['one', 'two', 'three'],
			})
		).toMatchObject({ correct: 4, answered: 4, passed: false });
		expect(score(keys, {})).toEqual({ correct: 0, total: 5, answered: 0, passed: false });
	});

	it('ignores answers to questions that are not in the quiz', () => {
		expect(
			score([single], { apr: ['b'], other: ['x'], __proto__: ['b'] } as Record<string, string[]>)
		).toMatchObject({ correct: 1, answered: 1 });
	});

	it('pass marks round up', () => {
		expect([1, 4, 5, 6, 10].map(passMarkCount)).toEqual([1, 4, 4, 5, 8]);
	});
});

describe('shuffle', () => {
	it('keeps every item and so never changes which answer is right', () => {
		const question: Question = {
			objective: 1,
			id: 'apr',
			type: 'single',
			prompt: 'p',
			explanation: 'e',
			section: 's',
			check: true,
			options: ['a', 'b', 'c', 'd'].map((id) => ({
				id,
				text: id,
				correct: id === 'b',
				feedback: 'f',
			})),
		};
		const key = keyOf(question);
		for (let seed = 0; seed < 20; seed++) {
			const mixed = shuffle(question.options, seededRandom(String(seed)));
			expect(mixed.map((o) => o.id).sort()).toEqual(['a', 'b', 'c', 'd']);
			expect(keyOf({ ...question, options: mixed })).toEqual(key);
			expect(isCorrect(key, [mixed.find((o) => o.correct)!.id])).toBe(true);
		}
	});

	it('really mixes: not every seed gives the same order', () => {
		const orders = new Set(
			Array.from({ length: 20 }, (_, seed) =>
				shuffle([1, 2, 3, 4], seededRandom(String(seed))).join()
			)
		);
		expect(orders.size).toBeGreaterThan(5);
	});

	it('does not touch the original', () => {
		const items = [1, 2, 3];
		shuffle(items, () => 0);
		expect(items).toEqual([1, 2, 3]);
	});

	it('shuffleAway never returns the right order, even when the random source would', () => {
		const steps = ['one', 'two', 'three'];
		// A random source of 0.999… makes Fisher–Yates keep every item in place.
		expect(shuffle(steps, () => 0.9999)).toEqual(steps);
		expect(shuffleAway(steps, () => 0.9999)).not.toEqual(steps);
		for (let seed = 0; seed < 50; seed++)
			expect(shuffleAway(steps, seededRandom(String(seed)))).not.toEqual(steps);
		expect(shuffleAway(['only'])).toEqual(['only']);
	});

	it('a seeded order is the same on every build', () => {
		expect(shuffleAway(steps4(), seededRandom('before-you-borrow'))).toEqual(
			shuffleAway(steps4(), seededRandom('before-you-borrow'))
		);
	});
});

function steps4() {
	return ['a', 'b', 'c', 'd'];
}

describe('keyOf', () => {
	it('gives the browser only ids and numbers', () => {
		const numericQuestion: Question = {
			objective: 1,
			id: 'daily',
			type: 'numeric',
			prompt: 'p',
			explanation: 'e',
			section: 's',
			check: true,
			answer: 18.25,
			tolerance: 0.5,
			unit: '%',
			feedback: { right: 'r', wrong: 'w' },
		};
		expect(keyOf(numericQuestion)).toEqual(numeric);
	});
});
