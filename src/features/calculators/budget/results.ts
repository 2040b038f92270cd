// The budget planner's results: totals, what can go to debts, advice and the printable summary.
import { fill } from '~/site/strings';
import { DASH, formats, readNumber, setOutputs, type ToolStrings } from '../shared/kit';
import { budgetGroups, summarizeBudget, type BudgetGroup } from './budget';

const amountRule = { max: 1e8, allowZero: true, emptyIsZero: true };

/** Reads every amount in the planner `root` (marking bad ones) and shows the results. */
export function showBudget(root: HTMLElement, strings: ToolStrings) {
	const s = strings;
	const f = formats(root.querySelector('select')!.value);
	const amounts = {} as Record<BudgetGroup, number[]>;
	const lines: [BudgetGroup, string, number | undefined][] = [];
	let valid = true;
	for (const group of budgetGroups) {
		amounts[group] = [];
		for (const row of root.querySelectorAll(`[data-group="${group}"] [data-row]`)) {
			const [name, amount] = row.querySelectorAll('input');
			const value = readNumber(amount!, amountRule, s, f);
			if (value === undefined) valid = false;
			else amounts[group].push(value);
			// The summary lists rows that hold an amount; empty example rows stay out of the printout.
			if (value !== 0) lines.push([group, name!.value.trim() || DASH, value]);
		}
	}
	const summary = root.querySelector('[data-summary]')!;
	const advice = root.querySelector('[data-advice]')!;
	const tbody = root.querySelector('tbody')!;
	if (!valid) {
		setOutputs(root, { income: DASH, spending: DASH, surplus: DASH, 'for-debts': DASH });
		summary.textContent = s['tools.fixForm'] ?? DASH;
		advice.textContent = '';
		tbody.replaceChildren();
		return;
	}
	const b = summarizeBudget(amounts);
	setOutputs(root, {
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
		root.querySelector(`[data-group="${group}"] legend`)?.textContent ?? group;
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
