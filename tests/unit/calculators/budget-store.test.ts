import { describe, expect, test } from 'vitest';
import {
	applyChange,
	budgetCodec,
	encodeBudget,
	MAX_BUDGET_ROWS,
	type BudgetChange,
	type BudgetFields,
} from '~/features/calculators/budget/store';
import { load, update, type KeyValueStore } from '~/site/storage';

const start = (): BudgetFields => ({
	currency: 'USD',
	groups: {
		income: [['Wages', '']],
		essentials: [
			['Rent', ''],
			['Food', ''],
		],
		priority: [],
		other: [],
		flexible: [],
	},
});
const codec = budgetCodec(start);

function memoryStore(): KeyValueStore {
	const map = new Map<string, string>();
	return {
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => void map.set(k, v),
		removeItem: (k) => void map.delete(k),
	};
}

describe('bw:budget codec', () => {
	test('nothing stored: the page’s own starting budget', () => {
		expect(load(codec, memoryStore())).toEqual({ kind: 'ok', value: start() });
	});

	test('a budget of ours reads back as written', () => {
		const budget = applyChange(start(), { group: 'income', row: 0, column: 1, value: '1800' });
		expect(codec.decode(encodeBudget(budget))).toEqual({ kind: 'ok', value: budget });
	});

	test('a later version is "newer"; anything else not exactly ours is "damaged"', () => {
		expect(codec.decode('{"v":2,"budgets":[]}').kind).toBe('newer');
		for (const raw of [
			'{',
			'null',
			'{"v":0,"currency":"USD","groups":{}}',
			'{"v":1,"currency":"<script>","groups":{}}',
			`{"v":1,"currency":"USD","groups":{"income":[["a",{}]]}}`,
			encodeBudget(start()).replace('"flexible":[]', '"flexible":[[1,2,3]]'),
			'x'.repeat(codec.maxChars + 1),
		])
			expect(codec.decode(raw).kind, raw.slice(0, 60)).toBe('damaged');
	});
});

describe('budget changes', () => {
	test('a typed field, an added row, a removed row, the currency', () => {
		let b = applyChange(start(), { group: 'essentials', row: 1, column: 1, value: '300' });
		b = applyChange(b, { group: 'essentials', add: true });
		b = applyChange(b, { group: 'essentials', row: 2, column: 0, value: 'Bus' });
		b = applyChange(b, { group: 'essentials', remove: 0, was: ['Rent', ''] });
		b = applyChange(b, { currency: 'CNY' });
		expect(b.currency).toBe('CNY');
		expect(b.groups.essentials).toEqual([
			['Food', '300'],
			['Bus', ''],
		]);
		// A new value: the budget changed from is left as it was.
		expect(start().groups.essentials).toHaveLength(2);
	});

	test('a removal finds its row where another tab moved it, and does nothing once it is gone', () => {
		const moved = applyChange(start(), { group: 'essentials', remove: 0, was: ['Rent', ''] });
		const change: BudgetChange = { group: 'essentials', remove: 1, was: ['Food', ''] };
		expect(applyChange(moved, change).groups.essentials).toEqual([]);
		expect(applyChange(applyChange(moved, change), change).groups.essentials).toEqual([]);
	});

	test('typing in a row another tab removed keeps what was typed; no group grows past its limit', () => {
		const b = applyChange(start(), { group: 'income', row: 3, column: 1, value: '50' });
		expect(b.groups.income).toEqual([
			['Wages', ''],
			['', '50'],
		]);
		let full = start();
		for (let i = 0; i < MAX_BUDGET_ROWS + 5; i++)
			full = applyChange(full, { group: 'other', add: true });
		expect(full.groups.other).toHaveLength(MAX_BUDGET_ROWS);
		const typed = applyChange(full, { group: 'other', row: 99, column: 0, value: 'x' });
		expect(typed.groups.other).toHaveLength(MAX_BUDGET_ROWS);
		expect(codec.decode(encodeBudget(typed)).kind).toBe('ok');
	});

	test('values are capped to what a stored budget may hold', () => {
		const b = applyChange(start(), { group: 'income', row: 0, column: 0, value: 'x'.repeat(500) });
		expect(b.groups.income[0]![0]).toHaveLength(60);
		const c = applyChange(start(), { group: 'income', row: 0, column: 1, value: '9'.repeat(500) });
		expect(codec.decode(encodeBudget(c))).toEqual({ kind: 'ok', value: c });
	});

	test('two tabs: a stale tab’s edit is made on what is stored now (security.md L3)', () => {
		const store = memoryStore();
		// Tab 2 names and fills the income row; tab 1, opened before, types one digit in rent.
		update(
			codec,
			(b) => applyChange(b, { group: 'income', row: 0, column: 0, value: 'Salary' }),
			store
		);
		update(
			codec,
			(b) => applyChange(b, { group: 'income', row: 0, column: 1, value: '2500' }),
			store
		);
		const { result, value } = update(
			codec,
			(b) => applyChange(b, { group: 'essentials', row: 0, column: 1, value: '8' }),
			store
		);
		expect(result).toBe('saved');
		expect(value.groups.income).toEqual([['Salary', '2500']]);
		expect(value.groups.essentials[0]).toEqual(['Rent', '8']);
	});

	test('a newer budget is never written over', () => {
		const store = memoryStore();
		const newer = '{"v":2,"budgets":[]}';
		store.setItem('bw:budget', newer);
		const change: BudgetChange = { group: 'income', row: 0, column: 1, value: '1' };
		expect(update(codec, (b) => applyChange(b, change), store).result).toBe('newer');
		expect(store.getItem('bw:budget')).toBe(newer);
	});
});
