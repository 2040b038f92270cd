// A QR code drawn in the page (uqr computes the modules; nothing is fetched): one SVG path, black on
// white with the standard quiet zone, so phone cameras read it in dark mode and on paper. Loaded only
// when the learner asks to see one.
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

export function qrSvg(text: string, label: string): SVGSVGElement {
	const { data, size } = encode(text, { ecc: 'M', border: 4 });
	let d = '';
	data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) d += `M${x} ${y}h1v1h-1z`;
		})
	);
	const svg = document.createElementNS(SVG, 'svg');
	svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', label);
	svg.setAttribute('shape-rendering', 'crispEdges');
	const paper = document.createElementNS(SVG, 'rect');
	paper.setAttribute('width', String(size));
	paper.setAttribute('height', String(size));
	paper.setAttribute('fill', '#fff');
	const ink = document.createElementNS(SVG, 'path');
	ink.setAttribute('d', d);
	ink.setAttribute('fill', '#000');
	svg.append(paper, ink);
	return svg;
}
