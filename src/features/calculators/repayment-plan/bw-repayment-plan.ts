import {
	planRepayment,
	strategies,
	type Debt,
	type Plan,
} from '~/features/calculators/repayment-plan/repayment';
import {
	decodePlan,
	encodePlan,
	MAX_DEBTS,
	type PlanFields,
} from '~/features/calculators/repayment-plan/plan-link';
import {
	DASH,
	fill,
	fillRows,
	formats,
	lineChart,
	readNumber,
	readStrings,
	setOutputs,
	type Formats,
	type Strings,
} from '../shared/kit';

const numberRules = {
	balance: { max: 1e8 },
	rate: { max: 1000, allowZero: true },
	minimum: { max: 1e7, allowZero: true },
} as const;
const numberFields = ['balance', 'rate', 'minimum'] as const;

class RepaymentPlan extends HTMLElement {
	#strings: Strings = {};
	#next = 100;

	connectedCallback() {
		const form = this.querySelector('form');
		if (!form) return;
		this.#strings = readStrings(this);
		// Only a well-formed plan of ours is read; anything else in the fragment is ignored.
		const shared = decodePlan(location.hash);
		if (shared) this.#apply(shared);
		this.#update();

		form.addEventListener('input', () => {
			// An edited plan no longer matches a shared link: drop the stale fragment.
			if (location.hash.startsWith('#plan='))
				history.replaceState(history.state, '', location.pathname + location.search);
			this.#update();
		});
		form.addEventListener('change', () => this.#update());
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#update();
		});
		form.addEventListener('click', (event) => {
			const button = (event.target as HTMLElement).closest('button');
			if (!button) return;
			const list = this.querySelector('[data-debts]')!;
			if (button.hasAttribute('data-add') && list.children.length < MAX_DEBTS) {
				const debt = this.#debt({ name: '', balance: '', rate: '', minimum: '' });
				list.append(debt);
				this.#number();
				debt.querySelector('input')!.focus();
				this.#update();
			} else if (button.hasAttribute('data-remove') && list.children.length > 1) {
				button.closest('[data-debt]')!.remove();
				this.#number();
				this.querySelector<HTMLButtonElement>('[data-add]')!.focus();
				this.#update();
			} else if (button.hasAttribute('data-copy')) {
				void this.#copy();
			}
		});
	}

	#fields(): PlanFields {
		const debts = [...this.querySelectorAll('[data-debt]')].map((el) => {
			const [name, balance, rate, minimum] = [...el.querySelectorAll('input')].map((i) => i.value);
			return { name: name ?? '', balance: balance ?? '', rate: rate ?? '', minimum: minimum ?? '' };
		});
		return { amount: this.#amount().value, debts };
	}

	#amount() {
		return this.querySelector<HTMLInputElement>('[data-amount], input[id$="-amount"]')!;
	}

	#apply(plan: PlanFields) {
		this.querySelector('[data-debts]')!.replaceChildren(...plan.debts.map((d) => this.#debt(d)));
		this.#amount().value = plan.amount;
		this.#number();
	}

	/** A debt like the server renders: a fieldset of four labelled fields and a remove button. */
	#debt(values: PlanFields['debts'][number]): HTMLElement {
		const id = `repay-d${this.#next++}`;
		const set = Object.assign(document.createElement('fieldset'), { className: 'tool-debt' });
		set.dataset['debt'] = '';
		set.append(document.createElement('legend'));
		for (const name of ['name', ...numberFields] as const) {
			const wrap = Object.assign(document.createElement('div'), { className: 'tool-field' });
			const label = Object.assign(document.createElement('label'), {
				htmlFor: `${id}-${name}`,
				textContent: this.#strings[`repay.${name}`] ?? name,
			});
			const input = Object.assign(document.createElement('input'), {
				type: 'text',
				id: `${id}-${name}`,
				autocomplete: 'off',
				value: values[name],
			});
			wrap.append(label, input);
			if (name === 'name') input.maxLength = 60;
			else {
				input.inputMode = 'decimal';
				input.setAttribute('aria-describedby', `${id}-${name}-msg`);
				wrap.append(
					Object.assign(document.createElement('p'), {
						className: 'tool-msg',
						id: `${id}-${name}-msg`,
					})
				);
			}
			set.append(wrap);
		}
		const remove = Object.assign(document.createElement('button'), {
			type: 'button',
			textContent: this.#strings['repay.remove'] ?? '×',
		});
		remove.dataset['remove'] = '';
		set.append(remove);
		return set;
	}

	/** Numbers the debts' legends in order after one is added or removed. */
	#number() {
		this.querySelectorAll('[data-debt] > legend').forEach(
			(legend, i) => (legend.textContent = fill(this.#strings['repay.debt'], { n: i + 1 }))
		);
	}

	async #copy() {
		const status = this.querySelector('[data-status]')!;
		const box = this.querySelector<HTMLElement>('[data-link-box]')!;
		history.replaceState(
			history.state,
			'',
			location.pathname + location.search + encodePlan(this.#fields())
		);
		try {
			await navigator.clipboard.writeText(location.href);
			status.textContent = this.#strings['repay.copied'] ?? '';
			box.hidden = true;
		} catch {
			// No clipboard permission: show the link to copy by hand.
			box.hidden = false;
			box.querySelector('input')!.value = location.href;
			status.textContent = this.#strings['repay.copyFallback'] ?? '';
		}
	}

	#update() {
		const s = this.#strings;
		const f = formats(this.querySelector('select')!.value);
		const debts: Debt[] = [];
		let valid = true;
		for (const el of this.querySelectorAll('[data-debt]')) {
			const inputs = [...el.querySelectorAll('input')];
			const values = numberFields.map((name, i) =>
				readNumber(inputs[i + 1]!, numberRules[name], s, f)
			);
			if (values.some((v) => v === undefined)) valid = false;
			else
				debts.push({
					name: inputs[0]!.value.trim() || (el.querySelector('legend')?.textContent ?? ''),
					balance: values[0]!,
					rate: values[1]!,
					minimum: values[2]!,
				});
		}
		const monthly = readNumber(this.#amount(), { max: 1e8 }, s, f);
		const summary = this.querySelector('[data-summary]')!;
		const outcome =
			valid && monthly !== undefined && debts.length ? planRepayment(debts, monthly) : undefined;
		if (!outcome?.ok) {
			for (const strategy of strategies)
				setOutputs(this, {
					[`${strategy}-months`]: DASH,
					[`${strategy}-interest`]: DASH,
					[`${strategy}-paid`]: DASH,
				});
			this.querySelector('[data-payoff]')!.replaceChildren();
			this.querySelector('svg g')?.replaceChildren();
			this.querySelector('[data-chart-desc]')!.textContent = DASH;
			this.querySelectorAll('[data-months] thead, [data-months] tbody').forEach((el) =>
				el.replaceChildren()
			);
			summary.textContent = !outcome
				? (s['fixForm'] ?? DASH)
				: outcome.reason === 'belowMinimums'
					? fill(s['repay.belowMinimums'], {
							amount: f.money(monthly),
							minimums: f.money(outcome.minimums),
							short: f.money(outcome.shortBy),
						})
					: fill(s['repay.neverPaysOff'], {
							amount: f.money(monthly),
							interest: f.money(outcome.interest),
							needed: f.money(outcome.needed),
						});
			return;
		}
		const plans = { avalanche: outcome.avalanche, snowball: outcome.snowball };
		for (const strategy of strategies) {
			const plan = plans[strategy];
			setOutputs(this, {
				[`${strategy}-months`]: f.number(plan.months),
				[`${strategy}-interest`]: f.money(plan.totalInterest),
				[`${strategy}-paid`]: f.money(plan.totalPaid),
			});
			this.#monthTable(strategy, plan, debts, f);
		}
		fillRows(
			this.querySelector<HTMLTableSectionElement>('[data-payoff]'),
			debts.map((d, i) => [
				fill(s['repay.payoff'], { name: d.name }),
				f.number(plans.avalanche.payoffMonth[i]),
				f.number(plans.snowball.payoffMonth[i]),
			])
		);
		const a = plans.avalanche;
		const b = plans.snowball;
		summary.textContent = fill(s['repay.sentence'], {
			am: f.number(a.months),
			ai: f.money(a.totalInterest),
			sm: f.number(b.months),
			si: f.money(b.totalInterest),
		});
		this.querySelector('[data-chart-desc]')!.textContent = fill(s['repay.chartDesc'], {
			am: f.number(a.months),
			sm: f.number(b.months),
		});
		const start = debts.reduce((sum, d) => sum + d.balance, 0);
		const line = (plan: Plan, className: string) => ({
			points: [
				[0, start] as [number, number],
				...plan.rows.map((r) => [r.month, r.total] as [number, number]),
			],
			className,
		});
		lineChart(this.querySelector('svg'), [line(a, 'chart-first'), line(b, 'chart-second')], {
			x: (x) => f.number(x),
			y: (y) => f.compact(y),
		});
	}

	#monthTable(strategy: string, plan: Plan, debts: Debt[], f: Formats) {
		const table = this.querySelector(`[data-months="${strategy}"] table`);
		const head = table?.querySelector('thead');
		if (!table || !head) return;
		const tr = document.createElement('tr');
		for (const text of [
			this.#strings['col.month'] ?? '',
			...debts.map((d) => d.name),
			this.#strings['col.total'] ?? '',
		]) {
			tr.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: text }));
		}
		head.replaceChildren(tr);
		fillRows(
			table.querySelector('tbody'),
			plan.rows.map((r) => [
				f.number(r.month),
				...r.balances.map((x) => f.money(x)),
				f.money(r.total),
			])
		);
	}
}

customElements.define('bw-repayment-plan', RepaymentPlan);
