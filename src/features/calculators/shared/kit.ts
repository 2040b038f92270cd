// Shared by the money tools' custom elements: reading number fields with a message beside each,
// locale formatting that never shows NaN or Infinity, and tables.
import { mark, pageLang } from '~/site/dom';
import { fill, type Strings } from '~/site/strings';
import type { UiKey } from '~/site/ui-strings-schema';
import { parseNumber, type NumberRule } from './parse-number';

/** Shown in place of any result that cannot be computed. */
export const DASH = '—';

/** The money tools' UI strings, by their full keys (`tools.fixForm`). */
export type ToolKey = Extract<UiKey, `tools.${string}`>;
export type ToolStrings = Strings<ToolKey>;

export type Formats = ReturnType<typeof formats>;

/** Formatters for the page's language; Latin American Spanish groups with commas, like our parser expects. */
export function formats(currency: string) {
	const lang = pageLang();
	const locale = lang === 'es' ? 'es-419' : lang;
	const safe = (f: Intl.NumberFormat) => (x: number | undefined) =>
		x === undefined || !Number.isFinite(x) ? DASH : f.format(x);
	const percent = (digits: number) =>
		safe(new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }));
	const oneDecimal = percent(1);
	const whole = percent(0);
	return {
		money: safe(new Intl.NumberFormat(locale, { style: 'currency', currency })),
		/** Short amounts for chart axes: ¥1.2万, $12K. */
		compact: safe(
			new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact' })
		),
		number: safe(new Intl.NumberFormat(locale)),
		percent: oneDecimal,
		/** "about 16%": whole percent from 10% up, one decimal below. */
		about: (x: number | undefined) =>
			x !== undefined && Math.abs(x) >= 0.1 ? whole(x) : oneDecimal(x),
		/** Small daily rates: 0.044%. */
		fine: percent(3),
	};
}

/** The field's number, or undefined after putting the localized reason beside it. */
export function readNumber(
	field: HTMLInputElement,
	rule: NumberRule,
	strings: ToolStrings,
	f: Formats
): number | undefined {
	const parsed = parseNumber(field.value, rule);
	mark(
		field,
		parsed.ok ? '' : fill(strings[`tools.error.${parsed.reason}`], { max: f.number(rule.max) })
	);
	return parsed.ok ? parsed.value : undefined;
}

export function setOutputs(root: ParentNode, values: Record<string, string>) {
	for (const [name, text] of Object.entries(values)) {
		const output = root.querySelector(`output[name="${name}"]`);
		if (output) output.textContent = text;
	}
}

/** Replaces a table section's rows; the first cell of each is its row header. */
export function fillRows(
	section: HTMLTableSectionElement | null,
	rows: readonly (readonly string[])[]
) {
	if (!section) return;
	section.replaceChildren(
		...rows.map((cells) => {
			const tr = document.createElement('tr');
			cells.forEach((text, i) => {
				const cell = document.createElement(i === 0 ? 'th' : 'td');
				if (i === 0) cell.setAttribute('scope', 'row');
				cell.textContent = text;
				tr.append(cell);
			});
			return tr;
		})
	);
}
