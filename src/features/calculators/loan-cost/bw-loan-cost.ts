import { loanCost, type Method, type Per } from '~/features/calculators/loan-cost/finance';
import { loanParams, readQuery, writeQuery } from '~/features/calculators/shared/link-params';
import { showReferences } from '../shared/reference-points';
import {
	DASH,
	fill,
	fillRows,
	formats,
	mark,
	readNumber,
	readStrings,
	setOutputs,
} from '../shared/kit';

/** Sensible maxima per rate period: beyond these a rate is a typo. */
const rateMax: Record<Per, number> = { day: 10, month: 100, year: 1000 };
class LoanCostElement extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form');
		if (!form) return;
		const strings = readStrings(this);
		const sync = this.hasAttribute('data-sync-url');
		const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
		if (sync)
			for (const [name, value] of Object.entries(readQuery(location.search, loanParams)))
				field(name).value = value;

		const update = () => {
			const per = field('per').value as Per;
			const f = formats(field('currency').value);
			// Valid numbers go into the link in plain form (12000, not １２，０００); anything else as typed.
			const parsed = new Map<string, string>();
			const read = (name: string, rule: Parameters<typeof readNumber>[1]) => {
				const value = readNumber(field(name), rule, strings, f);
				if (value !== undefined && field(name).value.trim()) parsed.set(name, String(value));
				return value;
			};
			const amount = read('amount', { max: 1e8 });
			const months = read('months', { max: 600, integer: true });
			const rate = read('rate', { max: rateMax[per], allowZero: true });
			const upfront = read('upfront', { max: 1e8, allowZero: true, emptyIsZero: true });
			const monthlyFee = read('monthlyFee', { max: 1e7, allowZero: true, emptyIsZero: true });
			const upfrontOk = amount === undefined || upfront === undefined || upfront < amount;
			if (!upfrontOk) mark(field('upfront'), strings['loan.upfrontTooBig'] ?? '');
			if (sync) {
				const values = Object.fromEntries(
					Object.keys(loanParams).map((name) => [name, parsed.get(name) ?? field(name).value])
				);
				const query = writeQuery(values, loanParams);
				history.replaceState(
					history.state,
					'',
					`${location.pathname}${query ? `?${query}` : ''}${location.hash}`
				);
			}
			const summary = this.querySelector('[data-summary]')!;
			const [tbody, tfoot] = [form.querySelector('tbody'), form.querySelector('tfoot')];
			if (
				amount === undefined ||
				months === undefined ||
				rate === undefined ||
				upfront === undefined ||
				monthlyFee === undefined ||
				!upfrontOk
			) {
				setOutputs(form, {
					received: DASH,
					payment: DASH,
					'total-cost': DASH,
					apr: DASH,
					ear: DASH,
				});
				summary.textContent = strings['fixForm'] ?? DASH;
				fillRows(tbody, []);
				fillRows(tfoot, [[strings['col.total'] ?? '', DASH, DASH, DASH, DASH, DASH]]);
				showReferences(form, strings, f, undefined, undefined, undefined);
				return;
			}
			const cost = loanCost({
				amount,
				months,
				method: field('method').value as Method,
				rate,
				per,
				upfront,
				monthlyFee,
			});
			setOutputs(form, {
				received: f.money(cost.received),
				payment: f.money(cost.payment),
				'total-cost': f.money(cost.totalCost),
				apr: f.percent(cost.apr),
				ear: f.percent(cost.ear),
			});
			const differs = cost.apr !== undefined && Math.abs(cost.apr - cost.statedAnnualRate) >= 0.005;
			summary.textContent =
				cost.apr === undefined
					? DASH
					: fill(strings[differs ? 'loan.sentence' : 'loan.sentenceSame'], {
							apr: f.about(cost.apr),
							stated: f.about(cost.statedAnnualRate),
						});
			fillRows(
				tbody,
				cost.schedule.map((r) => [
					f.number(r.month),
					f.money(r.principal),
					f.money(r.interest),
					f.money(r.fee),
					f.money(r.payment),
					f.money(r.balance),
				])
			);
			const fees = cost.schedule.reduce((a, r) => a + r.fee * 100, 0) / 100;
			fillRows(tfoot, [
				[
					strings['col.total'] ?? '',
					f.money(amount),
					f.money(cost.totalInterest),
					f.money(fees),
					f.money(cost.totalPaid),
					DASH,
				],
			]);
			showReferences(
				form,
				strings,
				f,
				cost.apr,
				cost.apr === undefined ? undefined : cost.apr / 365,
				cost.totalCost / cost.received
			);
		};
		form.addEventListener('input', update);
		form.addEventListener('change', update);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			update();
		});
		update();
	}
}

customElements.define('bw-loan-cost', LoanCostElement);
