import type { Per } from '~/features/calculators/loan-cost/finance';
import { milestoneDays, overdueCost } from '~/features/calculators/overdue-cost/overdue';
import { overdueParams, readQuery, writeQuery } from '~/features/calculators/shared/link-params';
import { showReferences } from '../shared/reference-points';
import {
	DASH,
	fill,
	fillRows,
	formats,
	lineChart,
	readNumber,
	readStrings,
	setOutputs,
} from '../shared/kit';

const rateMax: Record<Per, number> = { day: 10, month: 100, year: 1000 };

class OverdueCostElement extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form');
		if (!form) return;
		const strings = readStrings(this);
		const sync = this.hasAttribute('data-sync-url');
		const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
		if (sync)
			for (const [name, value] of Object.entries(readQuery(location.search, overdueParams)))
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
			const penalty = read('penalty', { max: rateMax[per], allowZero: true });
			const lateFee = read('lateFee', { max: 1e7, allowZero: true, emptyIsZero: true });
			const days = read('days', { max: 3650, integer: true });
			if (sync) {
				const query = writeQuery(
					Object.fromEntries(
						Object.keys(overdueParams).map((name) => [name, parsed.get(name) ?? field(name).value])
					),
					overdueParams
				);
				history.replaceState(
					history.state,
					'',
					`${location.pathname}${query ? `?${query}` : ''}${location.hash}`
				);
			}
			const summary = this.querySelector('[data-summary]')!;
			const desc = this.querySelector('[data-chart-desc]')!;
			const svg = this.querySelector('svg');
			if (
				amount === undefined ||
				penalty === undefined ||
				lateFee === undefined ||
				days === undefined
			) {
				setOutputs(form, { total: DASH, charges: DASH });
				summary.textContent = strings['fixForm'] ?? DASH;
				desc.textContent = DASH;
				svg?.querySelector('g')?.replaceChildren();
				fillRows(form.querySelector('tbody'), []);
				showReferences(form, strings, f, undefined, undefined, undefined);
				return;
			}
			const cost = overdueCost({ amount, penalty, per, lateFee, days });
			setOutputs(form, { total: f.money(cost.total), charges: f.money(cost.charges) });
			summary.textContent = fill(strings['overdue.sentence'], {
				days: f.number(days),
				total: f.money(cost.total),
				charges: f.money(cost.charges),
			});
			desc.textContent = fill(strings['overdue.chartDesc'], {
				amount: f.money(amount),
				total: f.money(cost.total),
				days: f.number(days),
			});
			lineChart(
				svg,
				[
					{ points: cost.daily.map((d) => [d.day, d.owed]), className: 'chart-first' },
					{
						points: [
							[0, amount],
							[days, amount],
						],
						className: 'chart-base',
					},
				],
				{ x: (x) => f.number(x), y: (y) => f.compact(y) }
			);
			fillRows(
				form.querySelector('tbody'),
				milestoneDays(days).map((d) => [
					f.number(d),
					f.money(cost.daily[d]!.penalty),
					f.money(cost.daily[d]!.owed),
				])
			);
			// Charges over the overdue amount, per year and per day, against the same reference points as a loan.
			const share = cost.charges / amount;
			showReferences(form, strings, f, (share * 365) / days, share / days, share);
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

customElements.define('bw-overdue-cost', OverdueCostElement);
