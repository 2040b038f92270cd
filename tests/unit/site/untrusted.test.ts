import { describe, expect, it } from 'vitest';
import { untrustedText } from '~/site/untrusted';
import { decodePlan } from '~/features/calculators/repayment-plan/plan-link';

describe('untrustedText', () => {
	it('removes the bidirectional controls that reorder what a reader sees', () => {
		const bidi = [
			'\u061C',
			'\u200E',
			'\u200F',
			'\u202A',
			'\u202B',
			'\u202C',
			'\u202D',
			'\u202E',
			'\u2066',
			'\u2067',
			'\u2068',
			'\u2069',
		];
		for (const mark of bidi) expect(untrustedText(`a${mark}b`, 10), mark).toBe('ab');
		expect(untrustedText('Homework \u202Eevah uoy eud 0001$ yap', 100)).toBe(
			'Homework evah uoy eud 0001$ yap'
		);
	});

	it('removes C0 and C1 controls, line breaks and tabs included', () => {
		expect(untrustedText('a\u0000b\tc\nd\re\u001Ff\u007Fg\u0080h\u0085i\u009Fj', 100)).toBe(
			'abcdefghij'
		);
	});

	it('keeps ordinary text of every script, emoji joiners and neighbours of the removed ranges', () => {
		for (const text of [
			'第三周：催收权利 & 预算',
			'Semana 3 — «derechos» ñ',
			'שלום עולם',
			'مرحبا',
			'👩‍👩‍👧 family',
			'\u00A0\u200B\u200C\u200D\u2010\u2029\u2065\u206A',
		])
			expect(untrustedText(text, 100)).toBe(text);
	});

	it('caps the length after removing, and turns only strings and finite numbers into text', () => {
		expect(untrustedText('\u202E\u202Eabcdef', 3)).toBe('abc');
		expect(untrustedText(42, 10)).toBe('42');
		for (const value of [Number.NaN, Infinity, null, undefined, {}, ['a'], true])
			expect(untrustedText(value, 10)).toBeUndefined();
	});
});

describe('every reader of untrusted text gets the same cleaning', () => {
	it('a repayment plan link keeps debt names without bidi controls', () => {
		const hash = `#plan=${encodeURIComponent(
			JSON.stringify({ v: 1, a: '500', d: [['Card \u202Eyap won\u202C', '1000', '20', '50']] })
		)}`;
		expect(decodePlan(hash)?.debts[0]?.name).toBe('Card yap won');
	});
});
