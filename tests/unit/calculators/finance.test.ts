import { describe, expect, test } from 'vitest';
import {
	irr,
	loanCost,
	pmt,
	repaymentSchedule,
	type LoanTerms,
} from '~/features/calculators/loan-cost/finance';
import { monthlyRate, simpleAnnualRate } from '~/features/calculators/shared/terms';

const mei: LoanTerms = { amount: 12000, months: 12, method: 'flat', rate: 0.75, per: 'month' };
const total = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b * 100, 0)) / 100;

/** Every schedule must add up: principal repaid = amount, payments = principal + interest + fees. */
function expectAddsUp(terms: LoanTerms) {
	const cost = loanCost(terms);
	const rows = cost.schedule;
	expect(rows).toHaveLength(terms.months);
	expect(total(rows.map((r) => r.principal))).toBe(terms.amount);
	expect(rows.at(-1)!.balance).toBe(0);
	expect(total(rows.map((r) => r.payment))).toBe(cost.totalPaid);
	expect(cost.totalPaid).toBe(
		total([terms.amount, cost.totalInterest, total(rows.map((r) => r.fee))])
	);
	expect(cost.totalCost).toBe(total([cost.totalPaid, -cost.received]));
	for (const r of rows) {
		expect(Number.isInteger(Math.round(r.payment * 100))).toBe(true);
		expect(r.payment).toBe(total([r.principal, r.interest, r.fee]));
	}
}

describe('spreadsheet cross-checks', () => {
	test('PMT(9%/12, 12, -12000) = 1,049.42', () => {
		expect(pmt(0.0075, 12, 12000)).toBeCloseTo(1049.42, 2);
		expect(
			loanCost({ amount: 12000, months: 12, method: 'equal', rate: 9, per: 'year' }).payment
		).toBe(1049.42);
	});

	test('RATE(12, -1090, 12000) = 1.3514% a month', () => {
		expect(irr([12000, ...Array(12).fill(-1090)])! * 100).toBeCloseTo(1.3514, 4);
	});

	test('an equal-instalment loan at 9% a year has an APR of exactly 9%', () => {
		const cost = loanCost({ amount: 12000, months: 12, method: 'equal', rate: 9, per: 'year' });
		expect(cost.apr!).toBeCloseTo(0.09, 5);
		expect(cost.ear!).toBeCloseTo(1.0075 ** 12 - 1, 5);
	});
});

describe('loanCost', () => {
	test("Mei's flat-fee loan: 1,090 a month, APR about 16.2%, EAR about 17.5%, not the 9% it sounds like", () => {
		const cost = loanCost(mei);
		expect(cost.payment).toBe(1090);
		expect(cost.received).toBe(12000);
		expect(cost.totalPaid).toBe(13080);
		expect(cost.totalCost).toBe(1080);
		expect(cost.apr!).toBeCloseTo(0.16217, 4);
		expect(cost.ear!).toBeCloseTo(0.1749, 3);
		expect(cost.statedAnnualRate).toBeCloseTo(0.09, 10);
		expectAddsUp(mei);
	});

	test('fees deducted up front raise the APR: 11,000 received for the same repayments costs about 33%', () => {
		const cost = loanCost({ ...mei, upfront: 1000 });
		expect(cost.received).toBe(11000);
		expect(cost.totalCost).toBe(2080);
		expect(cost.apr!).toBeCloseTo(12 * irr([11000, ...Array(12).fill(-1090)])!, 10);
		expect(cost.apr!).toBeGreaterThan(0.32);
		expect(cost.apr!).toBeLessThan(0.34);
		expect(cost.totalFees).toBe(1000);
	});

	test('a monthly fee is part of each payment and of the APR', () => {
		const cost = loanCost({
			amount: 12000,
			months: 12,
			method: 'equal',
			rate: 9,
			per: 'year',
			monthlyFee: 20,
		});
		expect(cost.payment).toBe(1069.42);
		expect(cost.totalFees).toBe(240);
		expect(cost.apr!).toBeGreaterThan(0.125);
		expectAddsUp({
			amount: 12000,
			months: 12,
			method: 'equal',
			rate: 9,
			per: 'year',
			monthlyFee: 20,
		});
	});

	test('a daily rate is turned into a monthly one with 365 days a year', () => {
		expect(monthlyRate(0.05, 'day')).toBeCloseTo((0.0005 * 365) / 12, 12);
		expect(simpleAnnualRate(0.05, 'day')).toBeCloseTo(0.1825, 12);
		const cost = loanCost({ amount: 10000, months: 12, method: 'equal', rate: 0.05, per: 'day' });
		expect(cost.apr!).toBeCloseTo(0.1825, 4);
		expect(cost.ear!).toBeCloseTo((1 + 0.1825 / 12) ** 12 - 1, 4);
	});

	test('a bullet loan repays everything at the end, with simple interest', () => {
		const terms: LoanTerms = { amount: 5000, months: 3, method: 'bullet', rate: 2, per: 'month' };
		const cost = loanCost(terms);
		expect(cost.payment).toBe(5300);
		expect(cost.schedule.map((r) => r.payment)).toEqual([0, 0, 5300]);
		expect(cost.monthlyIrr!).toBeCloseTo(1.06 ** (1 / 3) - 1, 8);
		expectAddsUp(terms);
	});

	test('a bullet loan with a monthly fee pays the fee every month', () => {
		const cost = loanCost({
			amount: 5000,
			months: 3,
			method: 'bullet',
			rate: 1,
			per: 'month',
			monthlyFee: 10,
		});
		expect(cost.schedule.map((r) => r.payment)).toEqual([10, 10, 5160]);
	});

	test('a zero rate costs nothing and has an APR of zero', () => {
		const cost = loanCost({ amount: 1000, months: 3, method: 'equal', rate: 0, per: 'year' });
		expect(cost.schedule.map((r) => r.payment)).toEqual([333.33, 333.33, 333.34]);
		expect(cost.totalCost).toBe(0);
		expect(cost.apr!).toBeCloseTo(0, 8);
	});

	test('schedules add up for awkward amounts, every method and long terms', () => {
		for (const method of ['equal', 'flat', 'bullet'] as const) {
			for (const [amount, months, rate] of [
				[1234.56, 7, 3.3],
				[99999.99, 360, 0.01],
				[0.01, 1, 50],
				[777, 600, 1.5],
			] as const) {
				expectAddsUp({
					amount,
					months,
					method,
					rate,
					per: 'month',
					monthlyFee: 1.11,
					upfront: 0.5,
				});
			}
		}
	});

	test('an upfront fee that leaves nothing received has no rate rather than NaN', () => {
		const cost = loanCost({ ...mei, upfront: 12000 });
		expect(cost.apr).toBeUndefined();
		expect(cost.ear).toBeUndefined();
	});

	test('a huge cost gives a finite APR and no Infinity for the EAR', () => {
		const cost = loanCost({ ...mei, upfront: 11999 });
		expect(Number.isFinite(cost.apr!)).toBe(true);
		expect(cost.ear === undefined || Number.isFinite(cost.ear)).toBe(true);
	});
});

describe('repaymentSchedule', () => {
	test('equal instalments: interest falls as the balance falls', () => {
		const rows = repaymentSchedule({
			amount: 12000,
			months: 12,
			method: 'equal',
			rate: 9,
			per: 'year',
		});
		expect(rows[0]).toEqual({
			month: 1,
			principal: 959.42,
			interest: 90,
			fee: 0,
			payment: 1049.42,
			balance: 11040.58,
		});
		expect(rows[11]!.interest).toBeLessThan(rows[0]!.interest);
	});

	test('flat: the same charge on the original amount every month', () => {
		const rows = repaymentSchedule(mei);
		expect(new Set(rows.map((r) => r.interest))).toEqual(new Set([90]));
		expect(rows[10]!.balance).toBe(1000);
	});
});

describe('irr', () => {
	test('has no answer for flows with no sign change', () => {
		expect(irr([100, 10, 10])).toBeUndefined();
	});
	test('finds very large rates by widening its bracket', () => {
		expect(irr([1, -1000])!).toBeCloseTo(999, 6);
	});
});
