/**
 * The budget planner's saved state in localStorage (`bw:budget`), validated on every read, and the
 * changes the planner makes to it. Each change is one edit (a field typed, a row added or removed)
 * applied to what is stored at that moment, so a tab opened earlier never writes back its older
 * copy of the rest of the budget.
 */
import type { Codec, Loaded } from '~/site/storage';
import { storedObject } from '~/site/stored-json';
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
const MAX_CHARS = 100_000;
const VERSION = 1;

/** Stored as `{"v":1,"currency":"USD","groups":{"income":[["Wages","1800"]],…}}`. */
export function encodeBudget(budget: BudgetFields): string {
	return JSON.stringify({ v: VERSION, currency: budget.currency, groups: budget.groups });
}

/** The stored budget, or undefined for anything that is not exactly one of ours (tampered, older, corrupt). */
export function decodeBudget(stored: string | null): BudgetFields | undefined {
	const read = stored === null ? undefined : decode(stored);
	return read?.kind === 'ok' ? read.value : undefined;
}

function decode(raw: string): Loaded<BudgetFields> {
	const damaged = { kind: 'damaged', raw } as const;
	const data = storedObject(raw, MAX_CHARS);
	if (!data) return damaged;
	const { v, currency, groups } = data;
	// A later format (written after an upgrade, or by a newer tab) is kept for that version.
	if (typeof v === 'number' && Number.isInteger(v) && v > VERSION) return { kind: 'newer', raw };
	if (
		v !== VERSION ||
		!(currencies as readonly unknown[]).includes(currency) ||
		typeof groups !== 'object' ||
		groups === null
	)
		return damaged;
	const out = {} as BudgetFields['groups'];
	for (const group of budgetGroups) {
		const rows = (groups as Record<string, unknown>)[group];
		if (!Array.isArray(rows) || rows.length > MAX_BUDGET_ROWS) return damaged;
		out[group] = [];
		for (const row of rows) {
			if (!Array.isArray(row) || row.length !== 2) return damaged;
			const label = text(row[0], MAX_NAME_LENGTH);
			const amount = text(row[1], MAX_INPUT_LENGTH);
			if (label === undefined || amount === undefined) return damaged;
			out[group].push([label, amount]);
		}
	}
	return { kind: 'ok', value: { currency: currency as Currency, groups: out } };
}

/** `bw:budget`; `empty` is the budget a page starts with (its example rows, in its language). */
export function budgetCodec(empty: () => BudgetFields): Codec<BudgetFields> {
	return { key: 'bw:budget', empty, decode, encode: encodeBudget, maxChars: MAX_CHARS };
}

/** One edit the reader made. Rows are found by position; `was` (a removed row's content) guards a removal. */
export type BudgetChange =
	| { currency: Currency }
	| { group: BudgetGroup; row: number; column: 0 | 1; value: string }
	| { group: BudgetGroup; add: true }
	| { group: BudgetGroup; remove: number; was: readonly [string, string] };

/** `budget` with `change` made, as a new value; a change that no longer fits is made as near as it can be. */
export function applyChange(budget: BudgetFields, change: BudgetChange): BudgetFields {
	if ('currency' in change) return { ...budget, currency: change.currency };
	const rows = budget.groups[change.group].map((row) => [...row] as [string, string]);
	if ('add' in change) {
		if (rows.length < MAX_BUDGET_ROWS) rows.push(['', '']);
	} else if ('remove' in change) {
		// Another tab may have removed or moved rows since: remove this row where it is now, if anywhere.
		const same = (row: readonly string[]) => row[0] === change.was[0] && row[1] === change.was[1];
		const at =
			rows[change.remove] && same(rows[change.remove]!) ? change.remove : rows.findIndex(same);
		if (at >= 0) rows.splice(at, 1);
	} else {
		const value = change.value.slice(0, change.column ? MAX_INPUT_LENGTH : MAX_NAME_LENGTH);
		const row = rows[change.row];
		// A row another tab removed meanwhile: what was typed in it is kept in a row of its own.
		if (row) row[change.column] = value;
		else if (rows.length < MAX_BUDGET_ROWS) rows.push(change.column ? ['', value] : [value, '']);
	}
	return { ...budget, groups: { ...budget.groups, [change.group]: rows } };
}
