/**
 * Paying several debts from one monthly amount: every minimum first, the rest to one target debt
 * at a time. Avalanche targets the highest rate (least interest); snowball the smallest balance
 * (quickest first win). When a debt is paid off its minimum rolls into the rest.
 */

export interface Debt {
	name: string;
	balance: number;
	/** Annual rate in percent, charged monthly (rate / 12 each month). */
	rate: number;
	/** Minimum payment a month. */
	minimum: number;
}

export type Strategy = 'avalanche' | 'snowball';
export const strategies = ['avalanche', 'snowball'] as const satisfies readonly Strategy[];

export interface PlanMonth {
	month: number;
	/** Paid on each debt this month, in the debts' order. */
	paid: number[];
	/** Each debt's balance after this month's payment. */
	balances: number[];
	/** Everything still owed after this month. */
	total: number;
}

export interface Plan {
	strategy: Strategy;
	months: number;
	totalInterest: number;
	totalPaid: number;
	/** Month each debt is paid off, in the debts' order. */
	payoffMonth: number[];
	rows: PlanMonth[];
}

/** A plan that runs longer than this (50 years) is treated as never finishing. */
export const MAX_MONTHS = 600;

export type PlanOutcome =
	| { ok: true; avalanche: Plan; snowball: Plan }
	/** The monthly amount does not cover the minimum payments. */
	| { ok: false; reason: 'belowMinimums'; minimums: number; shortBy: number }
	/** The debts grow or shrink too slowly ever to be paid; `needed` clears them in about five years. */
	| { ok: false; reason: 'neverPaysOff'; interest: number; needed: number };

const toCents = (x: number) => Math.round(x * 100);

/** The order debts get the extra money in; ties go to the other rule, then to the order entered. */
export function targetOrder(debts: readonly Debt[], strategy: Strategy): number[] {
	const byRate = (a: number, b: number) => debts[b]!.rate - debts[a]!.rate;
	const byBalance = (a: number, b: number) => debts[a]!.balance - debts[b]!.balance;
	const [first, second] = strategy === 'avalanche' ? [byRate, byBalance] : [byBalance, byRate];
	return debts.map((_, i) => i).sort((a, b) => first(a, b) || second(a, b) || a - b);
}

/** Month-by-month payments under one strategy, in cents internally; undefined if not done in MAX_MONTHS. */
export function simulate(
	debts: readonly Debt[],
	monthly: number,
	strategy: Strategy,
	maxMonths = MAX_MONTHS
): Plan | undefined {
	const order = targetOrder(debts, strategy);
	const balances = debts.map((d) => toCents(d.balance));
	const payoffMonth = debts.map(() => 0);
	const rows: PlanMonth[] = [];
	let interestPaid = 0;
	let totalPaid = 0;
	for (let month = 1; month <= maxMonths; month++) {
		const paid = debts.map(() => 0);
		let left = toCents(monthly);
		debts.forEach((debt, i) => {
			if (balances[i]! <= 0) return;
			const interest = Math.round((balances[i]! * debt.rate) / 1200);
			balances[i]! += interest;
			interestPaid += interest;
			paid[i] = Math.min(toCents(debt.minimum), balances[i]!, left);
			left -= paid[i]!;
		});
		for (const i of order) {
			const extra = Math.min(left, balances[i]! - paid[i]!);
			paid[i]! += extra;
			left -= extra;
		}
		debts.forEach((_, i) => {
			balances[i]! -= paid[i]!;
			totalPaid += paid[i]!;
			if (balances[i] === 0 && paid[i]! > 0) payoffMonth[i] = month;
		});
		const total = balances.reduce((a, b) => a + b, 0);
		rows.push({
			month,
			paid: paid.map((p) => p / 100),
			balances: balances.map((b) => b / 100),
			total: total / 100,
		});
		if (total === 0)
			return {
				strategy,
				months: month,
				totalInterest: interestPaid / 100,
				totalPaid: totalPaid / 100,
				payoffMonth,
				rows,
			};
	}
	return undefined;
}

export function planRepayment(debts: readonly Debt[], monthly: number): PlanOutcome {
	const minimums = Math.round(debts.reduce((a, d) => a + toCents(d.minimum), 0)) / 100;
	if (monthly < minimums)
		return {
			ok: false,
			reason: 'belowMinimums',
			minimums,
			shortBy: Math.round((minimums - monthly) * 100) / 100,
		};
	const avalanche = simulate(debts, monthly, 'avalanche');
	const snowball = simulate(debts, monthly, 'snowball');
	if (avalanche && snowball) return { ok: true, avalanche, snowball };
	const interest =
		debts.reduce((a, d) => a + Math.round((toCents(d.balance) * d.rate) / 1200), 0) / 100;
	return { ok: false, reason: 'neverPaysOff', interest, needed: amountToClear(debts, 60) };
}

/** The smallest whole monthly amount (at least the minimums) that clears every debt within `months`, by bisection. */
export function amountToClear(debts: readonly Debt[], months: number): number {
	const minimums = debts.reduce((a, d) => a + d.minimum, 0);
	let lo = 0;
	let hi = Math.max(1, Math.ceil(debts.reduce((a, d) => a + d.balance, 0)) * 2);
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (simulate(debts, mid, 'avalanche', months)) hi = mid;
		else lo = mid;
	}
	return Math.max(hi, Math.ceil(minimums));
}
