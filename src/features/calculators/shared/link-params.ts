/**
 * The loan-cost and overdue-cost tools' link API: which query parameters a link may carry and how
 * they are read back. Everything read from a URL is treated as hostile: values are strings capped
 * in length, choices must be one of the allowed ones, and numbers are checked later by
 * parseNumber with a message per field. (Repayment plans travel in the fragment: plan-link.ts.)
 */
import { currencies } from './currencies';
import { methods, pers } from '../loan-cost/finance';
import { MAX_INPUT_LENGTH } from './parse-number';

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
const clean = (value: string) =>
	value.replace(/[\u0000-\u001F\u007F<>"'`]/g, '').slice(0, MAX_INPUT_LENGTH);

/** The known parameters present in a query string; unknown names and disallowed choices are dropped. */
export function readQuery<P extends Record<string, Param>>(
	search: string,
	params: P
): Partial<Record<keyof P, string>> {
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
export function writeQuery<P extends Record<string, Param>>(
	values: Partial<Record<keyof P, string>>,
	params: P
): string {
	const query = new URLSearchParams();
	for (const name of Object.keys(params) as (keyof P & string)[]) {
		const value = values[name]?.trim();
		if (value) query.set(name, value);
	}
	return query.toString();
}
