/** What an overdue amount grows to, day by day: simple penalty interest on the overdue amount plus a one-off late fee. */
import { dailyRate, type Per } from '../shared/terms';

export interface OverdueTerms {
	/** The amount that fell due and was not paid. */
	amount: number;
	/** Penalty interest in percent, per `per`. */
	penalty: number;
	per: Per;
	/** A one-off late fee, charged on the first day overdue. */
	lateFee: number;
	days: number;
}

export interface OverdueDay {
	day: number;
	/** Penalty interest accrued up to this day. */
	penalty: number;
	/** Everything owed on this day. */
	owed: number;
}

export interface OverdueCost {
	/** Everything owed after `days` days. */
	total: number;
	/** Everything added to the overdue amount: penalty interest and the late fee. */
	charges: number;
	penaltyInterest: number;
	/** The penalty as a simple yearly rate (daily × 365), for comparing with reference points. */
	annualPenaltyRate: number;
	/** Day 0 (the due date) to `days`, one entry per day. */
	daily: OverdueDay[];
}

const cents = (x: number) => Math.round(x * 100) / 100;

export function overdueCost(terms: OverdueTerms): OverdueCost {
	const perDay = terms.amount * dailyRate(terms.penalty, terms.per);
	const daily: OverdueDay[] = [];
	for (let day = 0; day <= terms.days; day++) {
		const penalty = cents(perDay * day);
		daily.push({
			day,
			penalty,
			owed: cents(terms.amount + (day > 0 ? terms.lateFee : 0) + penalty),
		});
	}
	const last = daily.at(-1)!;
	return {
		total: last.owed,
		charges: cents(last.owed - terms.amount),
		penaltyInterest: last.penalty,
		annualPenaltyRate: dailyRate(terms.penalty, terms.per) * 365,
		daily,
	};
}

/** Days worth a row in the table: every day for two weeks, then weekly to day 63, then every 30 days, and the last day. */
export function milestoneDays(days: number): number[] {
	const out: number[] = [];
	for (let d = 1; d <= days; d += d < 14 ? 1 : d < 63 ? 7 : 30) out.push(d);
	if (out.at(-1) !== days) out.push(days);
	return out;
}
