/**
 * A repayment plan in the URL fragment, opt-in ("copy link"): the fragment never reaches a server.
 * Read back only when it is exactly a plan of ours; numbers stay raw strings for parseNumber.
 */
import { MAX_INPUT_LENGTH } from '../shared/parse-number';
import { MAX_NAME_LENGTH, untrustedText as text } from '../../../site/untrusted';

/** A repayment plan as typed: raw strings, checked field by field when read into the form. */
export interface PlanFields {
	amount: string;
	debts: { name: string; balance: string; rate: string; minimum: string }[];
}

export const MAX_DEBTS = 10;
const PLAN_PREFIX = '#plan=';

/** `#plan=<JSON {"v":1,"a":amount,"d":[[name,balance,rate,minimum],…]}>`, in the fragment so it never reaches a server. */
export function encodePlan(plan: PlanFields): string {
	const d = plan.debts
		.slice(0, MAX_DEBTS)
		.map((x) => [x.name.slice(0, MAX_NAME_LENGTH), x.balance, x.rate, x.minimum]);
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
	if (
		v !== 1 ||
		amount === undefined ||
		!Array.isArray(d) ||
		d.length === 0 ||
		d.length > MAX_DEBTS
	)
		return undefined;
	const debts: PlanFields['debts'] = [];
	for (const item of d) {
		if (!Array.isArray(item) || item.length !== 4) return undefined;
		const [name, balance, rate, minimum] = [
			text(item[0], MAX_NAME_LENGTH),
			...item.slice(1).map((x) => text(x, MAX_INPUT_LENGTH)),
		];
		if (name === undefined || balance === undefined || rate === undefined || minimum === undefined)
			return undefined;
		debts.push({ name, balance, rate, minimum });
	}
	return { amount, debts };
}
