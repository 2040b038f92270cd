// The budget planner's rows, made in the browser like the server renders them.
import type { ToolStrings } from '../shared/kit';

/** A row like the server renders: name, amount with its message slot, remove button. */
export function budgetRow(
	id: string,
	label: string,
	amount: string,
	strings: ToolStrings
): HTMLElement {
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
	name.setAttribute('aria-label', strings['tools.budget.item'] ?? '');
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
	labelRow(row, strings);
	return row;
}

/** Names a row's amount field and remove button after what the row is. */
export function labelRow(row: Element, strings: ToolStrings) {
	const [name, amount] = row.querySelectorAll('input');
	const what = name!.value.trim() || (strings['tools.budget.item'] ?? '');
	amount!.setAttribute('aria-label', `${what}: ${strings['tools.budget.amount'] ?? ''}`);
	row
		.querySelector('button')!
		.setAttribute('aria-label', `${strings['tools.budget.remove'] ?? ''}: ${what}`);
}
