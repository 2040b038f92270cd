/**
 * Reads a number typed by a person, in any of our locales, or says why it cannot.
 *
 * Accepted: `12000`, `12,000`, `12,000.50`, `1.234.567`, `0,75`, `12.000,50`, full-width digits and
 * punctuation from a Chinese keyboard (`１２，０００．５`), spaces around it, a leading or trailing
 * currency sign or code and a trailing `%`. Refused with a reason: anything where a reader could
 * not be sure of the value (`12.000` is twelve in one country and twelve thousand in another).
 */

/** Why a value was refused; each has a message under `tools.error.<reason>`. */
export type NumberProblem =
	'empty' | 'notNumber' | 'negative' | 'zero' | 'tooLarge' | 'notWhole' | 'ambiguous';

export interface NumberRule {
	/** Largest sensible value; anything above is a typo or a test of the tool. */
	max: number;
	/** Zero is a real answer (a fee of nothing); otherwise it is refused. */
	allowZero?: boolean;
	/** Months, days: whole numbers only. */
	integer?: boolean;
	/** An empty field means zero (an unused budget row) instead of a missing answer. */
	emptyIsZero?: boolean;
}

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: NumberProblem };

/** Longer input is never a number a person typed; refusing it early keeps hostile links cheap. */
export const MAX_INPUT_LENGTH = 40;

const currencies = String.raw`CNY|RMB|TWD|NTD|HKD|USD|GBP|EUR|MXN|NT\$|HK\$|MX\$|US\$|\$|¥|€|£|元|圓|块|塊`;
const currencyAround = new RegExp(`^(?:${currencies})|(?:${currencies})$`, 'iu');
const grouped = (groups: string[]) =>
	/^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));

const fail = (reason: NumberProblem): ParsedNumber => ({ ok: false, reason });

/** The plain digits-and-dot form of what was typed, or the reason it has none. */
function normalize(raw: string): string | NumberProblem {
	// NFKC turns full-width digits, commas, dots, % and spaces into their ASCII forms.
	let text = raw
		.normalize('NFKC')
		.replace(/[\u3002\uFF61]/g, '.')
		.replace(/[\s\u00A0\u202F]+/g, ' ')
		.trim();
	if (!text) return 'empty';
	text = text.replace(/\s*%$/, '');
	for (let i = 0; i < 2; i++) text = text.replace(currencyAround, '').trim();
	if (!text) return 'notNumber';
	if (/^[-\u2212]/.test(text)) return /\d/.test(text) ? 'negative' : 'notNumber';
	text = text.replace(/^\+/, '');
	// A space may only separate groups of three digits (12 000); anywhere else it is not a number.
	if (text.includes(' ')) {
		if (!/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(text)) return 'notNumber';
		text = text.replace(/ /g, ',');
	}
	if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return 'notNumber';
	const commas = text.split(',').length - 1;
	const dots = text.split('.').length - 1;
	if (commas && dots) {
		// Both: the last one is the decimal mark and the other must group thousands properly.
		const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
		const group = decimal === ',' ? '.' : ',';
		const [whole = '', fraction = '', ...more] = text.split(decimal);
		if (more.length || !fraction || !grouped(whole.split(group))) return 'ambiguous';
		return `${whole.split(group).join('')}.${fraction}`;
	}
	const mark = commas ? ',' : dots ? '.' : '';
	if (!mark) return text;
	const parts = text.split(mark);
	if (parts.length > 2) return grouped(parts) ? parts.join('') : 'ambiguous';
	const [whole = '', fraction = ''] = parts;
	// One mark followed by exactly three digits after a short, non-zero whole part could be either.
	const couldGroup = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
	if (mark === ',') {
		if (couldGroup) return whole + fraction;
		if (fraction.length === 0 || fraction.length > 3) return 'ambiguous';
		return `${whole || '0'}.${fraction}`;
	}
	if (couldGroup) return 'ambiguous';
	return `${whole || '0'}.${fraction || '0'}`;
}

export function parseNumber(raw: string | null | undefined, rule: NumberRule): ParsedNumber {
	const input = raw ?? '';
	if (input.length > MAX_INPUT_LENGTH) return fail('notNumber');
	const text = normalize(input);
	if (text === 'empty' && rule.emptyIsZero) return { ok: true, value: 0 };
	if (!/^[\d.]+$/.test(text)) return fail(text as NumberProblem);
	const value = Number(text);
	if (!Number.isFinite(value)) return fail('notNumber');
	if (value === 0 && !rule.allowZero) return fail('zero');
	if (value > rule.max) return fail('tooLarge');
	if (rule.integer && !Number.isInteger(value)) return fail('notWhole');
	return { ok: true, value };
}
