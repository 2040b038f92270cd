// How a loan's terms are quoted: the repayment method, and a rate per day, month or year turned
// into the others. Shared by the loan-cost and overdue-cost tools and their link parameters; kept
// apart from the loan math (the loan-cost tool's finance.ts) so the overdue tool does not load it.

/** `equal`: equal instalments on a declining balance (等额本息); `flat`: a fixed charge on the original principal each month (等本等息); `bullet`: one repayment at the end. */
export type Method = 'equal' | 'flat' | 'bullet';
export const methods = ['equal', 'flat', 'bullet'] as const satisfies readonly Method[];

/** The period a quoted rate is for. */
export type Per = 'day' | 'month' | 'year';
export const pers = ['day', 'month', 'year'] as const satisfies readonly Per[];

/** Daily rates are turned into yearly ones with 365 days, as lenders' "daily rate × 365" does. */
export const DAYS_PER_YEAR = 365;

/** A quoted rate in percent, as a fraction per month (a daily rate over 365/12 days). */
export function monthlyRate(ratePercent: number, per: Per): number {
	const r = ratePercent / 100;
	return per === 'month' ? r : per === 'year' ? r / 12 : (r * DAYS_PER_YEAR) / 12;
}

/** A quoted rate in percent, as the simple yearly fraction a borrower would compute (×365, ×12). */
export function simpleAnnualRate(ratePercent: number, per: Per): number {
	const r = ratePercent / 100;
	return per === 'year' ? r : per === 'month' ? r * 12 : r * DAYS_PER_YEAR;
}

/** A quoted rate in percent, as a fraction per day. */
export function dailyRate(ratePercent: number, per: Per): number {
	return simpleAnnualRate(ratePercent, per) / DAYS_PER_YEAR;
}
