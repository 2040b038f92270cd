import { fill } from '~/site/strings';
import { Calculator, type Numbers } from '../shared/calculator';
import { DASH, fillRows, setOutputs, type Formats } from '../shared/kit';
import { lineChart } from '../shared/line-chart';
import { overdueParams } from '../shared/link-params';
import { showReferences } from '../shared/reference-points';
import type { Per } from '../shared/terms';
import { milestoneDays, overdueCost } from './overdue';

/** `<bw-overdue-cost>`: what an overdue amount grows to, day by day. */
class BwOverdueCost extends Calculator<typeof overdueParams> {
	protected readonly params = overdueParams;

	protected override blank(f: Formats) {
		super.blank(f);
		this.#desc.textContent = DASH;
		this.querySelector('svg g')?.replaceChildren();
	}

	protected show(terms: Required<Numbers<typeof overdueParams>>, f: Formats) {
		const { amount, days } = terms;
		const cost = overdueCost({ ...terms, per: this.field('per').value as Per });
		setOutputs(this.form, { total: f.money(cost.total), charges: f.money(cost.charges) });
		this.summary.textContent = fill(this.strings['tools.overdue.sentence'], {
			days: f.number(days),
			total: f.money(cost.total),
			charges: f.money(cost.charges),
		});
		this.#desc.textContent = fill(this.strings['tools.overdue.chartDesc'], {
			amount: f.money(amount),
			total: f.money(cost.total),
			days: f.number(days),
		});
		lineChart(
			this.querySelector('svg'),
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
			f
		);
		fillRows(
			this.form.querySelector('tbody'),
			milestoneDays(days).map((d) => [
				f.number(d),
				f.money(cost.daily[d]!.penalty),
				f.money(cost.daily[d]!.owed),
			])
		);
		// Charges over the overdue amount, per year and per day, against the same reference points as a loan.
		const share = cost.charges / amount;
		showReferences(this.form, this.strings, f, {
			annual: (share * 365) / days,
			daily: share / days,
			share,
		});
	}

	get #desc(): Element {
		return this.querySelector('[data-chart-desc]')!;
	}
}

customElements.define('bw-overdue-cost', BwOverdueCost);
