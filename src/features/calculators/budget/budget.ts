/** A monthly budget: what comes in, what must go out, and what can honestly go to debts. */

/** Groups in the order a budget is filled in; priority debts (rent or utility arrears, tax, fines) come before other debts. */
export const budgetGroups = ['income', 'essentials', 'priority', 'other', 'flexible'] as const;
export type BudgetGroup = (typeof budgetGroups)[number];

export interface BudgetSummary {
	totals: Record<BudgetGroup, number>;
	/** Everything going out: essentials, both kinds of debts and flexible spending. */
	spending: number;
	/** Income minus spending: a surplus when positive, a shortfall when negative. */
	balance: number;
	/** Income after essentials and flexible spending, never below zero: what can honestly go to debts. */
	forDebts: number;
	/** Of that, what is left once priority debts are paid. */
	forOtherDebts: number;
	priorityCovered: boolean;
	otherCovered: boolean;
}

const total = (values: readonly number[]) =>
	Math.round(values.reduce((a, b) => a + b * 100, 0)) / 100;

export function summarizeBudget(amounts: Record<BudgetGroup, readonly number[]>): BudgetSummary {
	const totals = Object.fromEntries(budgetGroups.map((g) => [g, total(amounts[g])])) as Record<
		BudgetGroup,
		number
	>;
	const spending = total([totals.essentials, totals.priority, totals.other, totals.flexible]);
	const forDebts = Math.max(0, total([totals.income, -totals.essentials, -totals.flexible]));
	const forOtherDebts = Math.max(0, total([forDebts, -totals.priority]));
	return {
		totals,
		spending,
		balance: total([totals.income, -spending]),
		forDebts,
		forOtherDebts,
		priorityCovered: forDebts >= totals.priority,
		otherCovered: forOtherDebts >= totals.other,
	};
}
