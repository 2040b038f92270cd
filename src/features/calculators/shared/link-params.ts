/**
 * The loan-cost and overdue-cost tools' link API: which parameters a link may carry, how they are
 * read back, and the rule each number is checked by (the one place its limits are set). Platforms
 * link with a query (`?amount=…`); the link a reader copies carries the same parameters in the
 * fragment (`#amount=…`), which browsers never send to a server.
 * Everything read from a URL is treated as hostile: values are strings capped in length, choices
 * must be one of the allowed ones, and numbers are checked later by parseNumber with a message per
 * field. (Repayment plans travel in the fragment: see the repayment planner's plan-link.ts.)
 */
import { currencies } from './currencies';
import { methods, pers, type Per } from './terms';
import { MAX_INPUT_LENGTH, type NumberRule } from './parse-number';

/** A number parameter's rule; a rate's largest sensible value depends on the period it is quoted per. */
export type NumberParam = Omit<NumberRule, 'max'> & { max: number | Readonly<Record<Per, number>> };

/** A query parameter: free text (a number, checked by its rule) or one of a few choices. */
export type Param = NumberParam | readonly string[];

/** Sensible maxima per rate period: beyond these a rate is a typo. */
const rateMax = { day: 10, month: 100, year: 1000 } as const satisfies Record<Per, number>;

/** Loan cost: `?amount=12000&months=12&method=flat&rate=0.75&per=month&upfront=0&monthlyFee=0&currency=CNY`. */
export const loanParams = {
	amount: { max: 1e8 },
	months: { max: 600, integer: true },
	method: methods,
	rate: { max: rateMax, allowZero: true },
	per: pers,
	upfront: { max: 1e8, allowZero: true, emptyIsZero: true },
	monthlyFee: { max: 1e7, allowZero: true, emptyIsZero: true },
	currency: currencies,
} as const satisfies Record<string, Param>;

/** Overdue cost: `?amount=1000&penalty=0.05&per=day&lateFee=50&days=30&currency=CNY`. */
export const overdueParams = {
	amount: { max: 1e8 },
	penalty: { max: rateMax, allowZero: true },
	per: pers,
	lateFee: { max: 1e7, allowZero: true, emptyIsZero: true },
	days: { max: 3650, integer: true },
	currency: currencies,
} as const satisfies Record<string, Param>;

/** Whether a parameter is a choice (a list of allowed values) rather than a number. */
export const isChoice = (param: Param): param is readonly string[] => Array.isArray(param);

/** The rule parseNumber checks a number parameter by, for a rate quoted per `per`. */
export function numberRule(param: NumberParam, per: Per): NumberRule {
	return { ...param, max: typeof param.max === 'number' ? param.max : param.max[per] };
}

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
		if (!isChoice(kind)) out[name] = clean(value);
		else if (kind.includes(value)) out[name] = value;
	}
	return out;
}

/** The terms a tool page opens with: a platform's query, overridden by a copied link's fragment. */
export function readLink<P extends Record<string, Param>>(
	where: { search: string; hash: string },
	params: P
): Partial<Record<keyof P, string>> {
	return { ...readQuery(where.search, params), ...readQuery(where.hash.slice(1), params) };
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
