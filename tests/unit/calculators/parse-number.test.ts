import { describe, expect, test } from 'vitest';
import { parseNumber, type NumberRule } from '~/features/calculators/shared/parse-number';

const money: NumberRule = { max: 100_000_000 };
const value = (raw: string, rule: NumberRule = money) => {
	const parsed = parseNumber(raw, rule);
	return parsed.ok ? parsed.value : parsed.reason;
};

describe('accepts numbers whose value is unambiguous', () => {
	test.each([
		['12000', 12000],
		['12,000', 12000],
		['12000.50', 12000.5],
		['12,000.50', 12000.5],
		['1,234,567', 1234567],
		['1.234.567', 1234567],
		['12.000,50', 12000.5],
		['0.75', 0.75],
		['.5', 0.5],
		['0,75', 0.75],
		['12,5', 12.5],
		['0.750', 0.75],
		['1234.567', 1234.567],
		['  12000  ', 12000],
		['12 000', 12000],
		['１２０００', 12000],
		['１２，０００．５', 12000.5],
		['１２，０００。５', 12000.5],
		['０．７５％', 0.75],
		['0.75%', 0.75],
		['¥12,000', 12000],
		['￥12,000', 12000],
		['$1,090', 1090],
		['NT$30,000', 30000],
		['12000元', 12000],
		['12,000 MXN', 12000],
		['£ 250', 250],
		['+5', 5],
	])('%s → %d', (raw, expected) => {
		expect(value(raw)).toBe(expected);
	});
});

describe('refuses with a reason', () => {
	test.each([
		['', 'empty'],
		['   ', 'empty'],
		['\u3000', 'empty'],
		['abc', 'notNumber'],
		['12abc', 'notNumber'],
		['1e5', 'notNumber'],
		['12/3', 'notNumber'],
		['$', 'notNumber'],
		['%', 'notNumber'],
		['<script>alert(1)</script>', 'notNumber'],
		['javascript:alert(1)', 'notNumber'],
		['x'.repeat(1_000_000), 'notNumber'],
		['9'.repeat(400), 'notNumber'],
		['NaN', 'notNumber'],
		['Infinity', 'notNumber'],
		['-5', 'negative'],
		['−5', 'negative'],
		['-', 'notNumber'],
		['0', 'zero'],
		['0.00', 'zero'],
		['１２.000', 'ambiguous'],
		['12.000', 'ambiguous'],
		['1,2345', 'ambiguous'],
		['1,23,456', 'ambiguous'],
		['1.2.3', 'ambiguous'],
		['1,000.000,5', 'ambiguous'],
		['12,', 'ambiguous'],
		['100000001', 'tooLarge'],
	])('%s → %s', (raw, reason) => {
		expect(value(raw)).toBe(reason);
	});

	test('whole numbers only where asked', () => {
		expect(value('12.5', { max: 600, integer: true })).toBe('notWhole');
		expect(value('12', { max: 600, integer: true })).toBe(12);
		expect(value('601', { max: 600, integer: true })).toBe('tooLarge');
	});

	test('zero where it is a real answer, and empty as zero where asked', () => {
		expect(value('0', { max: 10, allowZero: true })).toBe(0);
		expect(value('', { max: 10, allowZero: true })).toBe('empty');
		expect(value('', { max: 10, allowZero: true, emptyIsZero: true })).toBe(0);
		expect(value('abc', { max: 10, emptyIsZero: true })).toBe('notNumber');
	});

	test('null and undefined are empty, not a crash', () => {
		expect(value(null as unknown as string)).toBe('empty');
		expect(parseNumber(undefined, money)).toEqual({ ok: false, reason: 'empty' });
	});
});
