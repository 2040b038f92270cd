import { expect, test } from 'vitest';
import { milestoneDays, overdueCost } from '~/features/calculators/overdue-cost/overdue';

test('0.05% a day on 1,000 for 30 days plus a 50 late fee', () => {
	const cost = overdueCost({ amount: 1000, penalty: 0.05, per: 'day', lateFee: 50, days: 30 });
	expect(cost.penaltyInterest).toBe(15);
	expect(cost.charges).toBe(65);
	expect(cost.total).toBe(1065);
	expect(cost.annualPenaltyRate).toBeCloseTo(0.1825, 10);
	expect(cost.daily).toHaveLength(31);
	expect(cost.daily[0]).toEqual({ day: 0, penalty: 0, owed: 1000 });
	expect(cost.daily[1]).toEqual({ day: 1, penalty: 0.5, owed: 1050.5 });
});

test('monthly and yearly penalty rates are turned into daily ones with 365 days', () => {
	const month = overdueCost({ amount: 3650, penalty: 1, per: 'month', lateFee: 0, days: 365 });
	expect(month.penaltyInterest).toBe(438);
	const year = overdueCost({ amount: 3650, penalty: 24, per: 'year', lateFee: 0, days: 10 });
	expect(year.penaltyInterest).toBe(24);
	expect(year.annualPenaltyRate).toBeCloseTo(0.24, 10);
});

test('what is owed never falls and the total is the last day', () => {
	const cost = overdueCost({ amount: 777.77, penalty: 0.1, per: 'day', lateFee: 15, days: 400 });
	for (let d = 1; d < cost.daily.length; d++)
		expect(cost.daily[d]!.owed).toBeGreaterThanOrEqual(cost.daily[d - 1]!.owed);
	expect(cost.total).toBe(cost.daily.at(-1)!.owed);
	expect(cost.charges).toBeCloseTo(cost.total - 777.77, 8);
});

test('table rows: every day for two weeks, then weekly, then monthly, ending on the last day', () => {
	expect(milestoneDays(5)).toEqual([1, 2, 3, 4, 5]);
	expect(milestoneDays(100)).toEqual([
		1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 21, 28, 35, 42, 49, 56, 63, 93, 100,
	]);
	expect(milestoneDays(1)).toEqual([1]);
});
