import { readKey, removeKey, writeKey } from '~/site/storage';
import type { StorageKey } from '~/site/storage-keys';
import { fill, readStrings } from '~/site/strings';
import { currencies, type Currency } from '../shared/currencies';
import {
	DASH,
	formats,
	readNumber,
	setOutputs,
	type ToolKey,
	type ToolStrings,
} from '../shared/kit';
import { budgetGroups, summarizeBudget, type BudgetGroup } from './budget';
import { decodeBudget, encodeBudget, MAX_BUDGET_ROWS, type BudgetFields } from './store';

/** Where the budget is kept, on this device only. */
const BUDGET_KEY = 'bw:budget' satisfies StorageKey;

const amountRule = { max: 1e8, allowZero: true, emptyIsZero: true };

/** `<bw-budget-planner>`: a monthly budget kept as typed on this device, never in the URL. */
class BwBudgetPlanner extends HTMLElement {
	#strings: ToolStrings = {};
	#next = 0;
	/** The budget the page opened with, restored by "erase". */
	#defaults: BudgetFields | undefined;

	connectedCallback() {
		const form = this.querySelector('form');
		if (!form) return;
		this.#strings = readStrings<ToolKey>(this);
		this.#defaults = this.#read();
		// Storage blocked or nothing stored: the budget starts from the page's rows and lasts this visit.
		const stored = decodeBudget(readKey(BUDGET_KEY));
		if (stored) this.#apply(stored);
		this.#labelAll();
		this.#update();

		form.addEventListener('input', (event) => {
			const target = event.target as HTMLElement;
			if (target.matches('[id$="-name"]')) this.#label(target.closest('[data-row]')!);
			this.#changed();
		});
		form.addEventListener('change', () => this.#changed());
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#update();
		});
		form.addEventListener('click', (event) => this.#click(event));
	}

	/** The buttons: add or remove a row, print, erase. */
	#click(event: Event) {
		const button = (event.target as Element).closest('button');
		const fieldset = button?.closest('fieldset');
		if (button?.hasAttribute('data-add') && fieldset) this.#add(fieldset);
		else if (button?.hasAttribute('data-remove') && fieldset) this.#remove(button, fieldset);
		else if (button?.hasAttribute('data-print')) print();
		else if (button?.hasAttribute('data-erase')) this.#erase();
	}

	#changed() {
		this.#update();
		this.#save();
	}

	#add(fieldset: HTMLFieldSetElement) {
		const rows = fieldset.querySelector('[data-rows]')!;
		if (rows.children.length >= MAX_BUDGET_ROWS) return;
		const row = this.#row(fieldset.dataset['group'] as BudgetGroup, '', '');
		rows.append(row);
		row.querySelector('input')!.focus();
		this.#changed();
	}

	#remove(button: HTMLButtonElement, fieldset: HTMLFieldSetElement) {
		button.closest('[data-row]')!.remove();
		// The focus goes to the group's add button instead of being lost with the removed one.
		fieldset.querySelector<HTMLButtonElement>('[data-add]')!.focus();
		this.#changed();
	}

	#erase() {
		removeKey(BUDGET_KEY);
		if (this.#defaults) this.#apply(this.#defaults);
		this.#labelAll();
		this.#update();
		this.querySelector('[data-status]')!.textContent = this.#strings['tools.budget.erased'] ?? '';
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
		name.setAttribute('aria-label', this.#strings['tools.budget.item'] ?? '');
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
		const what = name!.value.trim() || (this.#strings['tools.budget.item'] ?? '');
		amount!.setAttribute('aria-label', `${what}: ${this.#strings['tools.budget.amount'] ?? ''}`);
		row
			.querySelector('button')!
			.setAttribute('aria-label', `${this.#strings['tools.budget.remove'] ?? ''}: ${what}`);
	}

	#labelAll() {
		this.querySelectorAll('[data-row]').forEach((row) => this.#label(row));
	}

	#save() {
		// Storage full or blocked: the budget still works for this visit.
		writeKey(BUDGET_KEY, encodeBudget(this.#read()));
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
			summary.textContent = s['tools.fixForm'] ?? DASH;
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
			fill(s[b.balance >= 0 ? 'tools.budget.sentenceSurplus' : 'tools.budget.sentenceShortfall'], {
				amount: f.money(Math.abs(b.balance)),
			}),
			fill(s['tools.budget.sentenceDebts'], { amount: f.money(b.forDebts) }),
		].join(' ');
		advice.textContent = !b.priorityCovered
			? (s['tools.budget.priorityShort'] ?? '')
			: !b.otherCovered
				? fill(s['tools.budget.otherShort'], {
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
			tr([s['tools.budget.surplus'] ?? '', f.money(b.balance)], 'row', 'tool-subtotal'),
			tr([s['tools.budget.forDebts'] ?? '', f.money(b.forDebts)], 'row', 'tool-subtotal')
		);
	}
}

customElements.define('bw-budget-planner', BwBudgetPlanner);
