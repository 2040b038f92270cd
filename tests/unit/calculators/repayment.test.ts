import { describe, expect, test } from 'vitest';
import {
	amountToClear,
	planRepayment,
	simulate,
	targetOrder,
	type Debt,
} from '~/features/calculators/repayment-plan/repayment';

const debts: Debt[] = [
	{ name: 'Card', balance: 3000, rate: 18, minimum: 60 },
	{ name: 'Loan app', balance: 1000, rate: 36, minimum: 50 },
	{ name: 'Friend', balance: 500, rate: 0, minimum: 20 },
];

describe('targetOrder', () => {
	test('avalanche: highest rate first; snowball: smallest balance first', () => {
		expect(targetOrder(debts, 'avalanche')).toEqual([1, 0, 2]);
		expect(targetOrder(debts, 'snowball')).toEqual([2, 1, 0]);
	});
});

describe('planRepayment', () => {
	const outcome = planRepayment(debts, 400);
	if (!outcome.ok) throw new Error('expected a plan');
	const { avalanche, snowball } = outcome;

	test('avalanche never pays more interest than snowball, and here pays less', () => {
		expect(avalanche.totalInterest).toBeLessThan(snowball.totalInterest);
		expect(avalanche.months).toBeLessThanOrEqual(snowball.months);
	});

	test('snowball clears the smallest debt first; avalanche the dearest', () => {
		expect(snowball.payoffMonth[2]).toBeLessThan(snowball.payoffMonth[1]!);
		expect(avalanche.payoffMonth[1]).toBeLessThan(avalanche.payoffMonth[2]!);
	});

	test('every plan adds up: paid = balances + interest, within the monthly amount, ending at zero', () => {
		for (const plan of [avalanche, snowball]) {
			const paid = plan.rows.reduce((a, r) => a + r.paid.reduce((x, y) => x + y * 100, 0), 0) / 100;
			expect(paid).toBeCloseTo(plan.totalPaid, 6);
			expect(plan.totalPaid).toBeCloseTo(4500 + plan.totalInterest, 6);
			for (const row of plan.rows)
				expect(row.paid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(400 + 1e-9);
			expect(plan.rows.at(-1)!.total).toBe(0);
			expect(plan.rows).toHaveLength(plan.months);
			expect(Math.max(...plan.payoffMonth)).toBe(plan.months);
		}
	});

	test('a debt at 0% with enough money is paid in the first month', () => {
		const quick = simulate([{ name: 'A', balance: 100, rate: 0, minimum: 10 }], 100, 'avalanche')!;
		expect(quick.months).toBe(1);
		expect(quick.totalInterest).toBe(0);
	});
});

describe('impossible plans say why and what would work', () => {
	test('an amount below the sum of minimums', () => {
		expect(planRepayment(debts, 100)).toEqual({
			ok: false,
			reason: 'belowMinimums',
			minimums: 130,
			shortBy: 30,
		});
	});

	test('payments that never cover the interest', () => {
		const outcome = planRepayment([{ name: 'App', balance: 10000, rate: 120, minimum: 50 }], 900);
		expect(outcome.ok).toBe(false);
		if (outcome.ok || outcome.reason !== 'neverPaysOff') throw new Error('expected neverPaysOff');
		expect(outcome.interest).toBe(1000);
		expect(
			simulate(
				[{ name: 'App', balance: 10000, rate: 120, minimum: 50 }],
				outcome.needed,
				'avalanche',
				60
			)
		).toBeDefined();
		expect(
			simulate(
				[{ name: 'App', balance: 10000, rate: 120, minimum: 50 }],
				outcome.needed - 1,
				'avalanche',
				60
			)
		).toBeUndefined();
	});

	test('amountToClear finds the least whole amount that clears within the months given', () => {
		const needed = amountToClear(debts, 12);
		expect(simulate(debts, needed, 'avalanche', 12)).toBeDefined();
		expect(simulate(debts, needed - 1, 'avalanche', 12)).toBeUndefined();
	});
});
