/**
 * The money tools' link API: what a link may carry and how it is read back. Everything read from a
 * URL or from storage is treated as hostile: values are strings capped in length, choices must be
 * one of the allowed ones, and numbers are checked later by parseNumber with a message per field.
 */
import { pers, methods } from './finance';
import { budgetGroups, type BudgetGroup } from './budget';
import { MAX_INPUT_LENGTH } from './parse-number';

/** Currencies a tool can show; the default depends on the locale. */
export const currencies = ['CNY', 'TWD', 'HKD', 'USD', 'GBP', 'EUR', 'MXN'] as const;
export type Currency = (typeof currencies)[number];
export const defaultCurrency = { en: 'USD', 'zh-cn': 'CNY', 'zh-tw': 'TWD', es: 'MXN' } as const satisfies Record<string, Currency>;

/** A query parameter: free text (a number to parse) or one of a few choices. */
type Param = 'number' | readonly string[];

/** Loan cost: `?amount=12000&months=12&method=flat&rate=0.75&per=month&upfront=0&monthlyFee=0&currency=CNY`. */
export const loanParams = {
	amount: 'number',
	months: 'number',
	method: methods,
	rate: 'number',
	per: pers,
	upfront: 'number',
	monthlyFee: 'number',
	currency: currencies,
} as const satisfies Record<string, Param>;

/** Overdue cost: `?amount=1000&penalty=0.05&per=day&lateFee=50&days=30&currency=CNY`. */
export const overdueParams = {
	amount: 'number',
	penalty: 'number',
	per: pers,
	lateFee: 'number',
	days: 'number',
	currency: currencies,
} as const satisfies Record<string, Param>;

/** Strips what no typed number contains and caps the length, so a hostile value stays short and inert. */
const clean = (value: string) => value.replace(/[\u0000-\u001F\u007F<>"'`]/g, '').slice(0, MAX_INPUT_LENGTH);

/** The known parameters present in a query string; unknown names and disallowed choices are dropped. */
export function readQuery<P extends Record<string, Param>>(search: string, params: P): Partial<Record<keyof P, string>> {
	const query = new URLSearchParams(search.length > 10_000 ? '' : search);
	const out: Partial<Record<keyof P, string>> = {};
	for (const [name, kind] of Object.entries(params) as [keyof P & string, Param][]) {
		const value = query.get(name);
		if (value === null) continue;
		if (kind === 'number') out[name] = clean(value);
		else if (kind.includes(value)) out[name] = value;
	}
	return out;
}

/** A query string for the given values, in the parameters' documented order, leaving out empty ones. */
export function writeQuery<P extends Record<string, Param>>(values: Partial<Record<keyof P, string>>, params: P): string {
	const query = new URLSearchParams();
	for (const name of Object.keys(params) as (keyof P & string)[]) {
		const value = values[name]?.trim();
		if (value) query.set(name, value);
	}
	return query.toString();
}

/** A repayment plan as typed: raw strings, checked field by field when read into the form. */
export interface PlanFields {
	amount: string;
	debts: { name: string; balance: string; rate: string; minimum: string }[];
}

export const MAX_DEBTS = 10;
export const MAX_NAME_LENGTH = 60;
const PLAN_PREFIX = '#plan=';

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.replace(/[\u0000-\u001F\u007F]/g, '').slice(0, max) : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined);

/** `#plan=<JSON {"v":1,"a":amount,"d":[[name,balance,rate,minimum],…]}>`, in the fragment so it never reaches a server. */
export function encodePlan(plan: PlanFields): string {
	const d = plan.debts.slice(0, MAX_DEBTS).map((x) => [x.name.slice(0, MAX_NAME_LENGTH), x.balance, x.rate, x.minimum]);
	return PLAN_PREFIX + encodeURIComponent(JSON.stringify({ v: 1, a: plan.amount, d }));
}

/** The plan in a fragment, or undefined for anything that is not exactly a plan of ours. */
export function decodePlan(hash: string): PlanFields | undefined {
	if (!hash.startsWith(PLAN_PREFIX) || hash.length > 20_000) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(decodeURIComponent(hash.slice(PLAN_PREFIX.length)));
	} catch {
		return undefined;
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
	const { v, a, d } = data as Record<string, unknown>;
	const amount = text(a, MAX_INPUT_LENGTH);
	if (v !== 1 || amount === undefined || !Array.isArray(d) || d.length === 0 || d.length > MAX_DEBTS) return undefined;
	const debts: PlanFields['debts'] = [];
	for (const item of d) {
		if (!Array.isArray(item) || item.length !== 4) return undefined;
		const [name, balance, rate, minimum] = [text(item[0], MAX_NAME_LENGTH), ...item.slice(1).map((x) => text(x, MAX_INPUT_LENGTH))];
		if (name === undefined || balance === undefined || rate === undefined || minimum === undefined) return undefined;
		debts.push({ name, balance, rate, minimum });
	}
	return { amount, debts };
}

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
	if (v !== 1 || !(currencies as readonly unknown[]).includes(currency) || typeof groups !== 'object' || groups === null) return undefined;
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
