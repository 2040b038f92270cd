// Rewrites a lesson body's HTML for print: every jurisdiction tab panel gets its tab's label as a heading
// line (print shows every panel, and the tab list is hidden there), and every calculator gets a line with
// the address of its tool page (a form is of no use on paper).

/** The tool pages of the calculators a lesson can embed, by their custom element name. */
export const toolPages: Record<string, string> = {
	'bw-loan-cost': 'tools/loan-cost/',
	'bw-overdue-cost': 'tools/overdue-cost/',
	'bw-budget-planner': 'tools/budget/',
	'bw-repayment-plan': 'tools/repayment-plan/',
};

const entities: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
};
const decodeHtml = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => entities[e]!);
const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What the rewrite adds, already localized. */
export interface HandoutLabels {
	/** The line above a panel, from its tab label, e.g. `Tab: United States`. */
	place: (label: string) => string;
	/** The text before a tool page link. */
	tool: string;
	/** Site-relative address of the locale's home, ending in `/`, e.g. `/en/` (the handout script shows it in full). */
	localeHome: string;
}

export function handoutHtml(html: string, labels: HandoutLabels): string {
	const tabLabels = new Map<string, string>();
	for (const [, panelId, inner] of html.matchAll(
		/<a role="tab" href="#([^"]+)"[^>]*>([\s\S]*?)<\/a>/g
	)) {
		// The label is text after an optional icon; tags and surrounding space go, and it is escaped again on output.
		tabLabels.set(panelId!, decodeHtml(inner!.replace(/<[^>]*>/g, '').trim()));
	}
	let out = html.replace(/<div id="([^"]+)"([^>]*)role="tabpanel"([^>]*)>/g, (tag, id: string) => {
		const label = tabLabels.get(id);
		return label === undefined
			? tag
			: `${tag}<p class="handout-place">${escapeHtml(labels.place(label))}</p>`;
	});
	out = out.replace(
		/<(bw-loan-cost|bw-overdue-cost|bw-budget-planner|bw-repayment-plan)(?=[\s>])/g,
		(tag, name: string) => {
			const href = `${labels.localeHome}${toolPages[name]}`;
			return `<p class="handout-tool">${escapeHtml(labels.tool)} <a class="handout-url" href="${escapeHtml(href)}">${escapeHtml(href)}</a></p>${tag}`;
		}
	);
	return out;
}
