/**
 * What a loan really costs: repayment schedules, the internal rate of return of the borrower's
 * cash flows, and the annual rates that follow from it. Checkable with a spreadsheet:
 * `RATE(12, -1090, 12000)` = 1.3514% a month, `PMT(9%/12, 12, -12000)` = 1,049.42.
 */
import { monthlyRate, simpleAnnualRate, type Method, type Per } from '../shared/terms';

export interface LoanTerms {
	/** Principal written on the contract. */
	amount: number;
	months: number;
	method: Method;
	/** Quoted rate in percent, per `per`. */
	rate: number;
	per: Per;
	/** Fees deducted before the money reaches the borrower (砍头息, service fees). */
	upfront?: number;
	/** Other fees charged every month. */
	monthlyFee?: number;
}

export interface ScheduleRow {
	month: number;
	principal: number;
	interest: number;
	fee: number;
	payment: number;
	/** Principal still owed after this payment. */
	balance: number;
}

export interface LoanCost {
	received: number;
	/** Each instalment (the first, when rounding makes the last differ); for `bullet`, the single repayment. */
	payment: number;
	totalPaid: number;
	totalInterest: number;
	totalFees: number;
	/** Everything paid minus what was received. */
	totalCost: number;
	/** Internal rate of return per month of the real cash flows (undefined if there is none). */
	monthlyIrr: number | undefined;
	/** Nominal annual rate: monthly IRR × 12. */
	apr: number | undefined;
	/** Effective annual rate: (1 + monthly IRR)^12 − 1. */
	ear: number | undefined;
	/** What the quoted rate sounds like per year (daily × 365, monthly × 12). */
	statedAnnualRate: number;
	schedule: ScheduleRow[];
}

/**
 * Month-by-month repayments, rounded to cents the way a lender bills them: every row is in whole
 * cents and the last one takes the rounding, so the rows add up exactly to the principal.
 */
export function repaymentSchedule(terms: LoanTerms): ScheduleRow[] {
	const { months: n, method } = terms;
	const principal = Math.round(terms.amount * 100);
	const fee = Math.round((terms.monthlyFee ?? 0) * 100);
	const i = monthlyRate(terms.rate, terms.per);
	const instalment = Math.round(i === 0 ? principal / n : (principal * i) / (1 - (1 + i) ** -n));
	const rows: ScheduleRow[] = [];
	let balance = principal;
	for (let month = 1; month <= n; month++) {
		const last = month === n;
		let interest: number;
		let repaid: number;
		if (method === 'equal') {
			interest = Math.round(balance * i);
			repaid = last ? balance : Math.min(balance, instalment - interest);
		} else if (method === 'flat') {
			interest = Math.round(principal * i);
			repaid = last ? balance : Math.min(balance, Math.round(principal / n));
		} else {
			interest = last ? Math.round(principal * i * n) : 0;
			repaid = last ? balance : 0;
		}
		balance -= repaid;
		rows.push({
			month,
			principal: repaid / 100,
			interest: interest / 100,
			fee: fee / 100,
			payment: (repaid + interest + fee) / 100,
			balance: balance / 100,
		});
	}
	return rows;
}

/**
 * The rate per period at which the cash flows' present value is zero, by bisection on a bracket
 * that is widened until it holds a sign change. Robust where Newton's method is not (huge fees,
 * zero rates); undefined when the flows have no such rate.
 */
export function irr(flows: readonly number[]): number | undefined {
	// Zero flows are skipped: 0 / 0 near r = −1 would poison the sum with NaN.
	const npv = (r: number) =>
		flows.reduce((total, flow, t) => (flow === 0 ? total : total + flow / (1 + r) ** t), 0);
	let lo = -0.999999;
	let hi = 1;
	const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);
	const atLo = sign(npv(lo));
	if (atLo === 0) return lo;
	while (sign(npv(hi)) === atLo) {
		hi *= 2;
		if (hi > 1e12) return undefined;
	}
	for (let k = 0; k < 400 && hi - lo > 1e-15 * Math.max(1, Math.abs(hi)); k++) {
		const mid = (lo + hi) / 2;
		const s = sign(npv(mid));
		if (s === 0) return mid;
		if (s === atLo) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

/** Spreadsheet PMT for a loan: the level payment that repays `principal` over `n` periods at `rate`. */
export function pmt(rate: number, n: number, principal: number): number {
	return rate === 0 ? principal / n : (principal * rate) / (1 - (1 + rate) ** -n);
}

export const sum = (values: readonly number[]) =>
	Math.round(values.reduce((a, b) => a + b * 100, 0)) / 100;

export function loanCost(terms: LoanTerms): LoanCost {
	const schedule = repaymentSchedule(terms);
	const received = terms.amount - (terms.upfront ?? 0);
	const totalPaid = sum(schedule.map((r) => r.payment));
	const monthlyIrr = received > 0 ? irr([received, ...schedule.map((r) => -r.payment)]) : undefined;
	const annual = (f: (r: number) => number) =>
		monthlyIrr === undefined ? undefined : f(monthlyIrr);
	const ear = annual((r) => (1 + r) ** 12 - 1);
	return {
		received,
		payment: terms.method === 'bullet' ? schedule.at(-1)!.payment : schedule[0]!.payment,
		totalPaid,
		totalInterest: sum(schedule.map((r) => r.interest)),
		totalFees: sum(schedule.map((r) => r.fee)) + (terms.upfront ?? 0),
		totalCost: Math.round((totalPaid - received) * 100) / 100,
		monthlyIrr,
		apr: annual((r) => r * 12),
		ear: ear !== undefined && Number.isFinite(ear) ? ear : undefined,
		statedAnnualRate: simpleAnnualRate(terms.rate, terms.per),
		schedule,
	};
}
