import { mark } from '~/site/dom';
import { fill } from '~/site/strings';
import { Calculator, type Numbers } from '../shared/calculator';
import { DASH, fillRows, setOutputs, type Formats } from '../shared/kit';
import { loanParams } from '../shared/link-params';
import { showReferences } from '../shared/reference-points';
import type { Method, Per } from '../shared/terms';
import { loanCost } from './finance';

type Loan = Numbers<typeof loanParams>;

/** `<bw-loan-cost>`: what a loan really costs per year, with its repayment schedule. */
class BwLoanCost extends Calculator<typeof loanParams> {
	protected readonly params = loanParams;

	/** Fees taken before the money arrives must leave the borrower something. */
	protected override check({ amount, upfront }: Loan): boolean {
		if (amount === undefined || upfront === undefined || upfront < amount) return true;
		mark(this.field('upfront'), this.strings['tools.loan.upfrontTooBig'] ?? '');
		return false;
	}

	/** The effective yearly rate is what Mexico calls the CAT and Spain the TAE: name it so there. */
	protected override forPlace(wanted: string | undefined) {
		// With no place chosen, the locale's likely place: the reference point shown first.
		const place =
			wanted ??
			this.form.querySelector<HTMLElement>('[data-refs] [data-ref-place]')?.dataset['refPlace'];
		const label = place === 'mx' || place === 'es' ? this.strings[`tools.loan.ear.${place}`] : '';
		const term = this.form.querySelector('[data-label="ear"]');
		if (label && term) term.textContent = label;
	}

	protected override blank(f: Formats) {
		super.blank(f);
		this.#totals([DASH, DASH, DASH, DASH, DASH]);
	}

	protected show(loan: Required<Loan>, f: Formats) {
		const cost = loanCost({
			...loan,
			method: this.field('method').value as Method,
			per: this.field('per').value as Per,
		});
		setOutputs(this.form, {
			received: f.money(cost.received),
			payment: f.money(cost.payment),
			'total-cost': f.money(cost.totalCost),
			apr: f.percent(cost.apr),
			ear: f.percent(cost.ear),
		});
		const differs = cost.apr !== undefined && Math.abs(cost.apr - cost.statedAnnualRate) >= 0.005;
		this.summary.textContent =
			cost.apr === undefined
				? DASH
				: fill(this.strings[differs ? 'tools.loan.sentence' : 'tools.loan.sentenceSame'], {
						apr: f.about(cost.apr),
						stated: f.about(cost.statedAnnualRate),
					});
		fillRows(
			this.form.querySelector('tbody'),
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
		this.#totals([
			f.money(loan.amount),
			f.money(cost.totalInterest),
			f.money(fees),
			f.money(cost.totalPaid),
			DASH,
		]);
		showReferences(this.form, this.strings, f, {
			annual: cost.apr,
			effective: cost.ear,
			daily: cost.apr === undefined ? undefined : cost.apr / 365,
			share: cost.totalCost / cost.received,
		});
	}

	/** The schedule's total row. */
	#totals(cells: string[]) {
		fillRows(this.form.querySelector('tfoot'), [[this.strings['tools.col.total'] ?? '', ...cells]]);
	}
}

customElements.define('bw-loan-cost', BwLoanCost);
