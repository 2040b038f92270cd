// Shared by the money tools' custom elements: reading number fields with a message beside each,
// locale formatting that never shows NaN or Infinity, tables and a small SVG line chart.
import { parseNumber, type NumberRule } from '~/features/calculators/shared/parse-number';

/** Shown in place of any result that cannot be computed. */
export const DASH = '—';

import { fill, readStrings as readAny } from '~/site/strings';

// Untyped until this feature's elements read full, typed keys (src/site/strings.ts).
export type Strings = Record<string, string>;
export const readStrings = (el: HTMLElement) => readAny<string>(el) as Strings;
export { fill };

export type Formats = ReturnType<typeof formats>;

/** Formatters for the page's language; Latin American Spanish groups with commas, like our parser expects. */
export function formats(currency: string) {
	const lang = document.documentElement.lang || 'en';
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

/** Marks a field valid (empty message) or invalid, with the message in its describedby slot. */
export function mark(field: HTMLElement, message: string): boolean {
	const slot = document.getElementById(`${field.id}-msg`);
	if (slot) slot.textContent = message;
	if (message) field.setAttribute('aria-invalid', 'true');
	else field.removeAttribute('aria-invalid');
	return !message;
}

/** The field's number, or undefined after putting the localized reason beside it. */
export function readNumber(
	field: HTMLInputElement,
	rule: NumberRule,
	strings: Strings,
	f: Formats
): number | undefined {
	const parsed = parseNumber(field.value, rule);
	mark(
		field,
		parsed.ok ? '' : fill(strings[`error.${parsed.reason}`], { max: f.number(rule.max) })
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

const SVG = 'http://www.w3.org/2000/svg';
const svgEl = (name: string, attrs: Record<string, string | number>, text?: string) => {
	const el = document.createElementNS(SVG, name);
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
	if (text !== undefined) el.textContent = text;
	return el;
};

/** Draws lines of [x, y] points into the chart's `g`, from 0 on both axes, with end labels. Classes style it. */
export function lineChart(
	svg: SVGSVGElement | null,
	lines: { points: [number, number][]; className: string }[],
	label: { x: (x: number) => string; y: (y: number) => string }
) {
	const plot = svg?.querySelector('g');
	if (!svg || !plot) return;
	const [left, top, right, bottom] = [64, 12, 310, 150];
	const xMax = Math.max(1, ...lines.flatMap((l) => l.points.map((p) => p[0])));
	const yMax = Math.max(1, ...lines.flatMap((l) => l.points.map((p) => p[1])));
	const sx = (x: number) => (left + ((right - left) * x) / xMax).toFixed(1);
	const sy = (y: number) => (bottom - ((bottom - top) * y) / yMax).toFixed(1);
	plot.replaceChildren(
		svgEl('path', { class: 'chart-axis', d: `M${left} ${top}V${bottom}H${right}` }),
		svgEl('text', { x: left - 4, y: top + 4, 'text-anchor': 'end' }, label.y(yMax)),
		svgEl('text', { x: left - 4, y: bottom, 'text-anchor': 'end' }, label.y(0)),
		svgEl('text', { x: left, y: bottom + 14, 'text-anchor': 'middle' }, label.x(0)),
		svgEl('text', { x: right, y: bottom + 14, 'text-anchor': 'end' }, label.x(xMax)),
		...lines.map((l) =>
			svgEl('polyline', {
				class: l.className,
				points: l.points.map(([x, y]) => `${sx(x)},${sy(y)}`).join(' '),
			})
		)
	);
}
