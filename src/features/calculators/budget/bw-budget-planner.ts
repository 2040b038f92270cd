import {
	load,
	onOtherTabChange,
	readKey,
	removeKey,
	update,
	writeKey,
	type Codec,
	type SaveResult,
} from '~/site/storage';
import { readStrings } from '~/site/strings';
import { currencies, type Currency } from '../shared/currencies';
import type { ToolKey, ToolStrings } from '../shared/kit';
import { budgetGroups, type BudgetGroup } from './budget';
import { showBudget } from './results';
import { budgetRow, labelRow } from './rows';
import {
	applyChange,
	budgetCodec,
	MAX_BUDGET_ROWS,
	type BudgetChange,
	type BudgetFields,
} from './store';

/** How long "Undo" is offered after "erase". */
const UNDO_MS = 10_000;

/** What the status line says after a save, by its result. */
const saveMessages: Partial<Record<SaveResult | 'ok', ToolKey>> = {
	refused: 'tools.budget.full',
	tooLarge: 'tools.budget.full',
	unavailable: 'tools.budget.blocked',
	newer: 'tools.budget.newer',
	damaged: 'tools.budget.damaged',
};

/**
 * `<bw-budget-planner>`: a monthly budget kept as typed on this device, never in the URL. Every
 * edit is saved as that one change to what is stored now, and a change made in another tab is
 * shown here at once (except in the field the reader is typing in).
 */
class BwBudgetPlanner extends HTMLElement {
	#strings: ToolStrings = {};
	#next = 0;
	#codec!: Codec<BudgetFields>;
	/** What "erase" removed, while "Undo" is offered. */
	#erased: { raw: string | null; fields: BudgetFields } | undefined;
	#undoTimer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const form = this.querySelector('form');
		if (!form) return;
		this.#strings = readStrings<ToolKey>(this);
		// Nothing stored (or storage blocked): the budget starts from the page's rows.
		const start = JSON.stringify(this.#read());
		this.#codec = budgetCodec(() => JSON.parse(start) as BudgetFields);
		this.#load();

		const edited = (event: Event) => {
			const target = event.target as HTMLInputElement | HTMLSelectElement;
			if (target.matches('[id$="-name"]')) labelRow(target.closest('[data-row]')!, this.#strings);
			this.#changed(this.#edit(target));
		};
		form.addEventListener('input', edited);
		form.addEventListener('change', edited);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			showBudget(this, this.#strings);
		});
		form.addEventListener('click', (event) => this.#click(event));
		onOtherTabChange(this.#codec.key, () => this.#load());
	}

	/** The buttons: add or remove a row, print, erase, undo the erase. */
	#click(event: Event) {
		const button = (event.target as Element).closest('button');
		const fieldset = button?.closest('fieldset');
		if (button?.hasAttribute('data-add') && fieldset) this.#add(fieldset);
		else if (button?.hasAttribute('data-remove') && fieldset) this.#remove(button, fieldset);
		else if (button?.hasAttribute('data-print')) print();
		else if (button?.hasAttribute('data-erase')) this.#erase();
		else if (button?.hasAttribute('data-undo')) this.#undo();
	}

	/** The change a typed field or the currency makes. */
	#edit(target: HTMLInputElement | HTMLSelectElement): BudgetChange | undefined {
		if (target instanceof HTMLSelectElement) return { currency: this.#read().currency };
		const row = target.closest('[data-row]');
		const group = target.closest<HTMLElement>('[data-group]')?.dataset['group'] as BudgetGroup;
		if (!row?.parentElement || !group) return undefined;
		const index = [...row.parentElement.children].indexOf(row);
		return {
			group,
			row: index,
			column: target.matches('[id$="-name"]') ? 0 : 1,
			value: target.value,
		};
	}

	#changed(change?: BudgetChange) {
		showBudget(this, this.#strings);
		if (change) this.#save(change);
	}

	#add(fieldset: HTMLFieldSetElement) {
		const rows = fieldset.querySelector('[data-rows]')!;
		if (rows.children.length >= MAX_BUDGET_ROWS) return;
		const group = fieldset.dataset['group'] as BudgetGroup;
		const row = this.#row(group);
		rows.append(row);
		row.querySelector('input')!.focus();
		this.#changed({ group, add: true });
	}

	#remove(button: HTMLButtonElement, fieldset: HTMLFieldSetElement) {
		const row = button.closest('[data-row]')!;
		const [label, amount] = [...row.querySelectorAll('input')].map((input) => input.value);
		const index = [...row.parentElement!.children].indexOf(row);
		row.remove();
		// The focus goes to the group's add button instead of being lost with the removed one.
		fieldset.querySelector<HTMLButtonElement>('[data-add]')!.focus();
		const group = fieldset.dataset['group'] as BudgetGroup;
		this.#changed({ group, remove: index, was: [label ?? '', amount ?? ''] });
	}

	#erase() {
		const erased = { raw: readKey(this.#codec.key), fields: this.#read() };
		removeKey(this.#codec.key);
		this.#show(this.#codec.empty());
		this.#status('tools.budget.erased');
		// A few seconds to take it back, in case the click was a slip.
		this.#dropUndo();
		this.#erased = erased;
		this.#undoButton.hidden = false;
		this.#undoTimer = setTimeout(() => this.#dropUndo(), UNDO_MS);
	}

	#undo() {
		const erased = this.#erased;
		this.#dropUndo();
		if (!erased) return;
		const result = erased.raw === null ? 'saved' : writeKey(this.#codec.key, erased.raw);
		this.#show(erased.fields);
		this.#status(saveMessages[result] ?? 'tools.budget.restored');
	}

	/** Withdraws "Undo" (its time is up, or the budget changed since), keeping the focus on "erase". */
	#dropUndo() {
		clearTimeout(this.#undoTimer);
		this.#erased = undefined;
		const undo = this.#undoButton;
		if (undo.contains(document.activeElement))
			this.querySelector<HTMLButtonElement>('[data-erase]')!.focus();
		undo.hidden = true;
	}

	get #undoButton() {
		return this.querySelector<HTMLButtonElement>('[data-undo]')!;
	}

	/** Shows what is stored now (on opening, and when another tab changed it), or why it is left alone. */
	#load() {
		const now = load(this.#codec);
		this.#dropUndo();
		if (now.kind === 'ok') this.#show(now.value);
		else showBudget(this, this.#strings);
		this.#status(saveMessages[now.kind]);
	}

	#save(change: BudgetChange) {
		const { result, value } = update(this.#codec, (now) => applyChange(now, change));
		this.#dropUndo();
		// Saved: the form shows the budget as stored, with whatever another tab changed meanwhile.
		if (result === 'saved') this.#show(value);
		this.#status(saveMessages[result]);
	}

	/** The status line; the budget still works for this visit whatever it says. */
	#status(key: ToolKey | undefined) {
		const text = key ? (this.#strings[key] ?? '') : '';
		const status = this.querySelector('[data-status]')!;
		if (status.textContent !== text) status.textContent = text;
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

	/** Puts `budget` in the form, row by row in place, leaving the field being typed in as it is. */
	#apply(budget: BudgetFields) {
		const focused = document.activeElement;
		if (this.#select() !== focused) this.#select().value = budget.currency;
		for (const group of budgetGroups) {
			const list = this.querySelector(`[data-group="${group}"] [data-rows]`)!;
			const rows = budget.groups[group];
			rows.forEach((values, i) => {
				const row = list.children[i] ?? list.appendChild(this.#row(group));
				row.querySelectorAll('input').forEach((input, column) => {
					if (input !== focused) input.value = values[column] ?? '';
				});
			});
			while (list.children.length > rows.length) {
				if (list.lastElementChild!.contains(focused))
					this.querySelector<HTMLElement>(`[data-group="${group}"] [data-add]`)!.focus();
				list.lastElementChild!.remove();
			}
		}
	}

	#show(budget: BudgetFields) {
		this.#apply(budget);
		this.#labelAll();
		showBudget(this, this.#strings);
	}

	#row(group: BudgetGroup) {
		return budgetRow(`budget-${group}-new${this.#next++}`, '', '', this.#strings);
	}

	#labelAll() {
		this.querySelectorAll('[data-row]').forEach((row) => labelRow(row, this.#strings));
	}
}

customElements.define('bw-budget-planner', BwBudgetPlanner);
