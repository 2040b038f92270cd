import {
	budgetGroups,
	summarizeBudget,
	type BudgetGroup,
} from '~/features/calculators/budget/budget';
import type { StorageKey } from '~/site/storage-keys';
import {
	decodeBudget,
	encodeBudget,
	MAX_BUDGET_ROWS,
	type BudgetFields,
} from '~/features/calculators/budget/store';
import { currencies, type Currency } from '~/features/calculators/shared/currencies';
import {
	DASH,
	fill,
	formats,
	readNumber,
	readStrings,
	setOutputs,
	type Strings,
} from '../shared/kit';

/** localStorage key of the budget (registered in src/site/storage-keys.ts). */
export const BUDGET_KEY = 'bw:budget' satisfies StorageKey;

const amountRule = { max: 1e8, allowZero: true, emptyIsZero: true };

class BudgetPlanner extends HTMLElement {
	#strings: Strings = {};
	#next = 0;

	connectedCallback() {
		const form = this.querySelector('form');
		if (!form) return;
		this.#strings = readStrings(this);
		const defaults = this.#read();
		let stored: BudgetFields | undefined;
		try {
			stored = decodeBudget(localStorage.getItem(BUDGET_KEY));
		} catch {
			// Storage blocked: the budget lasts this visit only.
		}
		if (stored) this.#apply(stored);
		this.#labelAll();
		this.#update();

		const changed = () => {
			this.#update();
			this.#save();
		};
		form.addEventListener('input', (event) => {
			if ((event.target as HTMLElement).matches('[id$="-name"]'))
				this.#label((event.target as HTMLElement).closest('[data-row]')!);
			changed();
		});
		form.addEventListener('change', changed);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#update();
		});
		form.addEventListener('click', (event) => {
			const button = (event.target as HTMLElement).closest('button');
			if (!button) return;
			const fieldset = button.closest('fieldset');
			if (button.hasAttribute('data-add') && fieldset) {
				const rows = fieldset.querySelector('[data-rows]')!;
				if (rows.children.length >= MAX_BUDGET_ROWS) return;
				const row = this.#row(fieldset.dataset['group'] as BudgetGroup, '', '');
				rows.append(row);
				row.querySelector('input')!.focus();
				changed();
			} else if (button.hasAttribute('data-remove') && fieldset) {
				button.closest('[data-row]')!.remove();
				fieldset.querySelector<HTMLButtonElement>('[data-add]')!.focus();
				changed();
			} else if (button.hasAttribute('data-print')) {
				print();
			} else if (button.hasAttribute('data-erase')) {
				try {
					localStorage.removeItem(BUDGET_KEY);
				} catch {
					// Nothing stored to erase.
				}
				this.#apply(defaults);
				this.#labelAll();
				this.#update();
				this.querySelector('[data-status]')!.textContent = this.#strings['budget.erased'] ?? '';
			}
		});
	}

	#select() {
		return this.querySelector('select')!;
	}

	/** The budget as typed, from the form. */
	#read(): BudgetFields {
		const groups = {} as BudgetFields['groups'];
		for (const group of budgetGroups) {
			groups[group] = [...this.querySelectorAll(`[data-group="${group}"] [data-row]`)].map(
				(row) => {
					const [label, amount] = row.querySelectorAll('input');
					return [label!.value, amount!.value];
				}
			);
		}
		const currency = this.#select().value as Currency;
		return {
			currency: (currencies as readonly string[]).includes(currency) ? currency : 'USD',
			groups,
		};
	}

	#apply(budget: BudgetFields) {
		this.#select().value = budget.currency;
		for (const group of budgetGroups) {
			this.querySelector(`[data-group="${group}"] [data-rows]`)?.replaceChildren(
				...budget.groups[group].map(([label, amount]) => this.#row(group, label, amount))
			);
		}
	}

	/** A row like the server renders: name, amount with its message slot, remove button. */
	#row(group: BudgetGroup, label: string, amount: string): HTMLElement {
		const id = `budget-${group}-new${this.#next++}`;
		const row = document.createElement('div');
		row.className = 'tool-row';
		row.dataset['row'] = '';
		const name = Object.assign(document.createElement('input'), {
			type: 'text',
			id: `${id}-name`,
			maxLength: 60,
			autocomplete: 'off',
			value: label,
		});
		name.setAttribute('aria-label', this.#strings['budget.item'] ?? '');
		const value = Object.assign(document.createElement('input'), {
			type: 'text',
			id,
			inputMode: 'decimal',
			autocomplete: 'off',
			value: amount,
		});
		value.setAttribute('aria-describedby', `${id}-msg`);
		const remove = Object.assign(document.createElement('button'), {
			type: 'button',
			textContent: '×',
		});
		remove.dataset['remove'] = '';
		const msg = Object.assign(document.createElement('p'), {
			className: 'tool-msg',
			id: `${id}-msg`,
		});
		row.append(name, value, remove, msg);
		this.#label(row);
		return row;
	}

	/** Names a row's amount field and remove button after what the row is. */
	#label(row: Element) {
		const [name, amount] = row.querySelectorAll('input');
		const what = name!.value.trim() || (this.#strings['budget.item'] ?? '');
		amount!.setAttribute('aria-label', `${what}: ${this.#strings['budget.amount'] ?? ''}`);
		row
			.querySelector('button')!
			.setAttribute('aria-label', `${this.#strings['budget.remove'] ?? ''}: ${what}`);
	}

	#labelAll() {
		this.querySelectorAll('[data-row]').forEach((row) => this.#label(row));
	}

	#save() {
		try {
			localStorage.setItem(BUDGET_KEY, encodeBudget(this.#read()));
		} catch {
			// Storage full or blocked: the budget still works for this visit.
		}
		this.querySelector('[data-status]')!.textContent = '';
	}

	#update() {
		const s = this.#strings;
		const f = formats(this.#select().value);
		const amounts = {} as Record<BudgetGroup, number[]>;
		const lines: [BudgetGroup, string, number | undefined][] = [];
		let valid = true;
		for (const group of budgetGroups) {
			amounts[group] = [];
			for (const row of this.querySelectorAll(`[data-group="${group}"] [data-row]`)) {
				const [name, amount] = row.querySelectorAll('input');
				const value = readNumber(amount!, amountRule, s, f);
				if (value === undefined) valid = false;
				else amounts[group].push(value);
				// The summary lists rows that hold an amount; empty example rows stay out of the printout.
				if (value !== 0) lines.push([group, name!.value.trim() || DASH, value]);
			}
		}
		const summary = this.querySelector('[data-summary]')!;
		const advice = this.querySelector('[data-advice]')!;
		const tbody = this.querySelector('tbody')!;
		if (!valid) {
			setOutputs(this, { income: DASH, spending: DASH, surplus: DASH, 'for-debts': DASH });
			summary.textContent = s['fixForm'] ?? DASH;
			advice.textContent = '';
			tbody.replaceChildren();
			return;
		}
		const b = summarizeBudget(amounts);
		setOutputs(this, {
			income: f.money(b.totals.income),
			spending: f.money(b.spending),
			surplus: f.money(b.balance),
			'for-debts': f.money(b.forDebts),
		});
		summary.textContent = [
			fill(s[b.balance >= 0 ? 'budget.sentenceSurplus' : 'budget.sentenceShortfall'], {
				amount: f.money(Math.abs(b.balance)),
			}),
			fill(s['budget.sentenceDebts'], { amount: f.money(b.forDebts) }),
		].join(' ');
		advice.textContent = !b.priorityCovered
			? (s['budget.priorityShort'] ?? '')
			: !b.otherCovered
				? fill(s['budget.otherShort'], {
						amount: f.money(b.forOtherDebts),
						other: f.money(b.totals.other),
					})
				: '';
		// The printable summary: each group's rows and total, then what is left.
		const tr = (cells: [string, string], head: 'row' | 'rowgroup', cls = '') => {
			const row = document.createElement('tr');
			if (cls) row.className = cls;
			const th = Object.assign(document.createElement('th'), {
				scope: head,
				textContent: cells[0],
			});
			row.append(th, Object.assign(document.createElement('td'), { textContent: cells[1] }));
			return row;
		};
		const legend = (group: BudgetGroup) =>
			this.querySelector(`[data-group="${group}"] legend`)?.textContent ?? group;
		tbody.replaceChildren(
			...budgetGroups.flatMap((group) => [
				...lines
					.filter(([g]) => g === group)
					.map(([, label, value]) => tr([label, f.money(value)], 'row')),
				tr([legend(group), f.money(b.totals[group])], 'row', 'tool-subtotal'),
			]),
			tr([s['budget.surplus'] ?? '', f.money(b.balance)], 'row', 'tool-subtotal'),
			tr([s['budget.forDebts'] ?? '', f.money(b.forDebts)], 'row', 'tool-subtotal')
		);
	}
}

customElements.define('bw-budget-planner', BudgetPlanner);
