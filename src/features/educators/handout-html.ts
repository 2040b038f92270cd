// Rewrites a lesson body's HTML for print: every calculator gets a line with the address of its tool page
// (a form is of no use on paper). The place a handout is for is printed by the handout itself.

/** The tool pages of the calculators a lesson can embed, by their custom element name. */
export const toolPages: Record<string, string> = {
	'bw-loan-cost': 'tools/loan-cost/',
	'bw-overdue-cost': 'tools/overdue-cost/',
	'bw-budget-planner': 'tools/budget/',
	'bw-repayment-plan': 'tools/repayment-plan/',
};

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What the rewrite adds, already localized. */
export interface HandoutLabels {
	/** The text before a tool page link. */
	tool: string;
	/** Site-relative address of the locale's home, ending in `/`, e.g. `/en/` (the handout script shows it in full). */
	localeHome: string;
}

export function handoutHtml(html: string, labels: HandoutLabels): string {
	return html.replace(
		/<(bw-loan-cost|bw-overdue-cost|bw-budget-planner|bw-repayment-plan)(?=[\s>])/g,
		(tag, name: string) => {
			const href = `${labels.localeHome}${toolPages[name]}`;
			return `<p class="handout-tool">${escapeHtml(labels.tool)} <a class="handout-url" href="${escapeHtml(href)}">${escapeHtml(href)}</a></p>${tag}`;
		}
	);
}
