import { describe, expect, test } from 'vitest';
import { decodeBudget, encodeBudget, type BudgetFields } from '~/features/calculators/budget/store';
import {
	decodePlan,
	encodePlan,
	type PlanFields,
} from '~/features/calculators/repayment-plan/plan-link';
import {
	loanParams,
	numberRule,
	overdueParams,
	readLink,
	readQuery,
	writeQuery,
} from '~/features/calculators/shared/link-params';

const hostile = [
	'<script>alert(1)</script>',
	'javascript:alert(1)',
	'"><img src=x onerror=alert(1)>',
	'x'.repeat(1_000_000),
];

describe('query link API', () => {
	test("each number's rule comes with its parameter; a rate's maximum follows its period", () => {
		expect(numberRule(loanParams.months, 'month')).toEqual({ max: 600, integer: true });
		expect(numberRule(loanParams.upfront, 'day')).toEqual({
			max: 1e8,
			allowZero: true,
			emptyIsZero: true,
		});
		expect(numberRule(loanParams.rate, 'day').max).toBe(10);
		expect(numberRule(overdueParams.penalty, 'month')).toEqual({ max: 100, allowZero: true });
		expect(numberRule(overdueParams.penalty, 'year').max).toBe(1000);
	});

	test('reads the documented loan parameters', () => {
		expect(
			readQuery('?amount=12000&months=12&method=flat&rate=0.75&per=month&currency=CNY', loanParams)
		).toEqual({
			amount: '12000',
			months: '12',
			method: 'flat',
			rate: '0.75',
			per: 'month',
			currency: 'CNY',
		});
	});

	test('round-trips in the documented order and leaves out empty values', () => {
		const query = writeQuery(
			{ rate: '0.75', amount: '12,000', upfront: '', per: 'month' },
			loanParams
		);
		expect(query).toBe('amount=12%2C000&rate=0.75&per=month');
		expect(readQuery(query, loanParams)).toEqual({ amount: '12,000', rate: '0.75', per: 'month' });
	});

	test('drops choices that are not allowed and unknown names', () => {
		expect(
			readQuery('?method=evil&per=<script>&currency=XXX&other=1&days=30', overdueParams)
		).toEqual({ days: '30' });
	});

	test.each(hostile)(
		'a hostile number value comes back short and without markup: %#',
		(payload) => {
			const read = readQuery(`?amount=${encodeURIComponent(payload.slice(0, 5000))}`, loanParams);
			expect(read.amount!.length).toBeLessThanOrEqual(40);
			expect(read.amount).not.toMatch(/[<>"']/);
		}
	);

	test('an absurdly long query is ignored entirely', () => {
		expect(readQuery(`?amount=1&x=${'y'.repeat(20_000)}`, loanParams)).toEqual({});
	});

	test('a copied link carries the terms in the fragment, which wins over a query', () => {
		const query = writeQuery({ amount: '38000', months: '24', currency: 'USD' }, loanParams);
		expect(readLink({ search: '', hash: `#${query}` }, loanParams)).toEqual({
			amount: '38000',
			months: '24',
			currency: 'USD',
		});
		expect(
			readLink({ search: '?amount=12000&months=12&per=year', hash: '#amount=500' }, loanParams)
		).toEqual({ amount: '500', months: '12', per: 'year' });
		// An in-page anchor is not a link of terms.
		expect(readLink({ search: '', hash: '#loan-results' }, loanParams)).toEqual({});
		expect(readLink({ search: '', hash: '#per=<script>' }, overdueParams)).toEqual({});
	});
});

describe('repayment plan in the fragment', () => {
	const plan: PlanFields = {
		amount: '400',
		debts: [
			{ name: 'Card 信用卡', balance: '3,000', rate: '18', minimum: '60' },
			{ name: 'Loan app', balance: '1000', rate: '36', minimum: '50' },
		],
	};

	test('round-trips', () => {
		const hash = encodePlan(plan);
		expect(hash.startsWith('#plan=')).toBe(true);
		expect(decodePlan(hash)).toEqual(plan);
	});

	test('numbers in the JSON are accepted as typed strings', () => {
		expect(
			decodePlan(`#plan=${encodeURIComponent('{"v":1,"a":400,"d":[["A",100,5,10]]}')}`)
		).toEqual({
			amount: '400',
			debts: [{ name: 'A', balance: '100', rate: '5', minimum: '10' }],
		});
	});

	test.each([
		['not ours', '#other=1'],
		['not JSON', '#plan=%7Bnope'],
		['bad escapes', '#plan=%E0%A4%A'],
		['an array', `#plan=${encodeURIComponent('[1,2]')}`],
		['null', `#plan=${encodeURIComponent('null')}`],
		['a string', `#plan=${encodeURIComponent('"<script>alert(1)</script>"')}`],
		['wrong version', `#plan=${encodeURIComponent('{"v":2,"a":"1","d":[["A","1","1","1"]]}')}`],
		['debts not a list', `#plan=${encodeURIComponent('{"v":1,"a":"1","d":{"0":1}}')}`],
		['no debts', `#plan=${encodeURIComponent('{"v":1,"a":"1","d":[]}')}`],
		[
			'a debt of the wrong shape',
			`#plan=${encodeURIComponent('{"v":1,"a":"1","d":[["A","1","1"]]}')}`,
		],
		[
			'an object for a number',
			`#plan=${encodeURIComponent('{"v":1,"a":{"x":1},"d":[["A","1","1","1"]]}')}`,
		],
		[
			'a boolean for a name',
			`#plan=${encodeURIComponent('{"v":1,"a":"1","d":[[true,"1","1","1"]]}')}`,
		],
		[
			'too many debts',
			`#plan=${encodeURIComponent(JSON.stringify({ v: 1, a: '1', d: Array(11).fill(['A', '1', '1', '1']) }))}`,
		],
		['1 MB', `#plan=${'x'.repeat(1_000_000)}`],
		[
			'__proto__',
			`#plan=${encodeURIComponent('{"__proto__":{"v":1},"a":"1","d":[["A","1","1","1"]]}')}`,
		],
	])('refuses %s', (_, hash) => {
		expect(decodePlan(hash)).toBeUndefined();
	});

	test.each(hostile.slice(0, 3))(
		'hostile text stays inert data, capped in length: %s',
		(payload) => {
			const decoded = decodePlan(
				`#plan=${encodeURIComponent(JSON.stringify({ v: 1, a: payload, d: [[payload, payload, '1', '1']] }))}`
			)!;
			expect(decoded.debts[0]!.name).toBe(payload.slice(0, 60));
			expect(decoded.amount.length).toBeLessThanOrEqual(40);
		}
	);
});

describe('budget in storage', () => {
	const budget: BudgetFields = {
		currency: 'GBP',
		groups: {
			income: [['Wages', '1,800']],
			essentials: [
				['Rent', '700'],
				['Food', ''],
			],
			priority: [],
			other: [['Card', '60']],
			flexible: [],
		},
	};

	test('round-trips', () => {
		expect(decodeBudget(encodeBudget(budget))).toEqual(budget);
	});

	test.each([
		['nothing', null],
		['not JSON', '{'],
		['a number', '42'],
		['wrong version', JSON.stringify({ v: 0, currency: 'GBP', groups: budget.groups })],
		['unknown currency', JSON.stringify({ v: 1, currency: '<b>', groups: budget.groups })],
		['missing group', JSON.stringify({ v: 1, currency: 'GBP', groups: { income: [] } })],
		[
			'row of the wrong shape',
			JSON.stringify({ v: 1, currency: 'GBP', groups: { ...budget.groups, income: [['Wages']] } }),
		],
		[
			'object for a label',
			JSON.stringify({ v: 1, currency: 'GBP', groups: { ...budget.groups, income: [[{}, '1']] } }),
		],
		['too long', 'x'.repeat(1_000_000)],
	])('refuses %s', (_, stored) => {
		expect(decodeBudget(stored)).toBeUndefined();
	});
});
