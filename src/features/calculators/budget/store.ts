/** The budget planner's saved state in localStorage (`bw:budget`), validated on every read. */
import { budgetGroups, type BudgetGroup } from './budget';
import { currencies, type Currency } from '../shared/currencies';
import { MAX_INPUT_LENGTH } from '../shared/parse-number';
import { MAX_NAME_LENGTH, untrustedText as text } from '../../../site/untrusted';

/** A budget as typed, kept in localStorage: rows of [label, amount] per group. */
export interface BudgetFields {
	currency: Currency;
	groups: Record<BudgetGroup, [label: string, amount: string][]>;
}

export const MAX_BUDGET_ROWS = 30;

/** Stored as `{"v":1,"currency":"USD","groups":{"income":[["Wages","1800"]],…}}`. */
export function encodeBudget(budget: BudgetFields): string {
	return JSON.stringify({ v: 1, currency: budget.currency, groups: budget.groups });
}

/** The stored budget, or undefined for anything that is not exactly one of ours (tampered, older, corrupt). */
export function decodeBudget(stored: string | null): BudgetFields | undefined {
	if (!stored || stored.length > 100_000) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(stored);
	} catch {
		return undefined;
	}
	if (typeof data !== 'object' || data === null) return undefined;
	const { v, currency, groups } = data as Record<string, unknown>;
	if (
		v !== 1 ||
		!(currencies as readonly unknown[]).includes(currency) ||
		typeof groups !== 'object' ||
		groups === null
	)
		return undefined;
	const out = {} as BudgetFields['groups'];
	for (const group of budgetGroups) {
		const rows = (groups as Record<string, unknown>)[group];
		if (!Array.isArray(rows) || rows.length > MAX_BUDGET_ROWS) return undefined;
		out[group] = [];
		for (const row of rows) {
			if (!Array.isArray(row) || row.length !== 2) return undefined;
			const label = text(row[0], MAX_NAME_LENGTH);
			const amount = text(row[1], MAX_INPUT_LENGTH);
			if (label === undefined || amount === undefined) return undefined;
			out[group].push([label, amount]);
		}
	}
	return { currency: currency as Currency, groups: out };
}
