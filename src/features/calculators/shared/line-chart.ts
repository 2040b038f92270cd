// The line chart the overdue-cost and repayment tools draw into LineChart.astro's <svg>; a module of
// its own so the tools without a chart do not load it.
import type { Formats } from './kit';

const SVG = 'http://www.w3.org/2000/svg';
const svgEl = (name: string, attrs: Record<string, string | number>, text?: string) => {
	const el = document.createElementNS(SVG, name);
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
	if (text !== undefined) el.textContent = text;
	return el;
};

/**
 * Draws lines of [x, y] points into the chart's `g`, from 0 on both axes, with end labels: x as a
 * number (days, months), y as a short amount of money. Classes style it.
 */
export function lineChart(
	svg: SVGSVGElement | null,
	lines: { points: [number, number][]; className: string }[],
	f: Formats
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
		svgEl('text', { x: left - 4, y: top + 4, 'text-anchor': 'end' }, f.compact(yMax)),
		svgEl('text', { x: left - 4, y: bottom, 'text-anchor': 'end' }, f.compact(0)),
		svgEl('text', { x: left, y: bottom + 14, 'text-anchor': 'middle' }, f.number(0)),
		svgEl('text', { x: right, y: bottom + 14, 'text-anchor': 'end' }, f.number(xMax)),
		...lines.map((l) =>
			svgEl('polyline', {
				class: l.className,
				points: l.points.map(([x, y]) => `${sx(x)},${sy(y)}`).join(' '),
			})
		)
	);
}
