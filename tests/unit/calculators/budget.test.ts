import { expect, test } from 'vitest';
import { summarizeBudget } from '~/features/calculators/budget/budget';

test('a surplus, and what can honestly go to debts after essentials and flexible spending', () => {
	const s = summarizeBudget({
		income: [2000, 150.5],
		essentials: [800, 300, 99.9],
		priority: [100],
		other: [200, 50],
		flexible: [120],
	});
	expect(s.totals.income).toBe(2150.5);
	expect(s.totals.essentials).toBe(1199.9);
	expect(s.spending).toBe(1669.9);
	expect(s.balance).toBe(480.6);
	expect(s.forDebts).toBe(830.6);
	expect(s.forOtherDebts).toBe(730.6);
	expect(s.priorityCovered).toBe(true);
	expect(s.otherCovered).toBe(true);
});

test('a shortfall: priority debts come first and other debts go uncovered', () => {
	const s = summarizeBudget({
		income: [1000],
		essentials: [700],
		priority: [150],
		other: [400],
		flexible: [100],
	});
	expect(s.balance).toBe(-350);
	expect(s.forDebts).toBe(200);
	expect(s.forOtherDebts).toBe(50);
	expect(s.priorityCovered).toBe(true);
	expect(s.otherCovered).toBe(false);
});

test('essentials above income leave nothing for debts, never a negative amount', () => {
	const s = summarizeBudget({
		income: [500],
		essentials: [800],
		priority: [100],
		other: [],
		flexible: [],
	});
	expect(s.forDebts).toBe(0);
	expect(s.forOtherDebts).toBe(0);
	expect(s.priorityCovered).toBe(false);
	expect(s.otherCovered).toBe(true);
});

test('an empty budget is all zeros', () => {
	const s = summarizeBudget({ income: [], essentials: [], priority: [], other: [], flexible: [] });
	expect(s).toMatchObject({
		spending: 0,
		balance: 0,
		forDebts: 0,
		forOtherDebts: 0,
		priorityCovered: true,
		otherCovered: true,
	});
});
