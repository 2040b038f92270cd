// Calculator code, styles and words for a lesson that embeds one (a calculator component with
// `embedded`): each loads as the reader gets near it, so the lesson's first load does not pay for a tool
// far down the page. Tool pages load theirs at once. Called by the one script every page loads.
import toolStyles from '~/features/calculators/shared/on-demand.css?url';
import { loadWhenNear } from '~/site/load-when-near';
import { addStylesheet } from '~/site/stylesheet';

// The calculators' words of this locale (data-strings-src), fetched once, as the code is.
const words = new Map<string, Promise<string>>();
const wordsFrom = (src: string) =>
	words.get(src) ??
	words
		.set(
			src,
			fetch(src).then(
				(r) => (r.ok ? r.text() : '{}'),
				() => '{}'
			)
		)
		.get(src)!;
const onDemand = (tag: string, load: () => Promise<unknown>) => async () => {
	addStylesheet(toolStyles);
	// The element reads data-strings when its code defines it, so the words go in first.
	for (const el of document.querySelectorAll<HTMLElement>(`${tag}[data-strings-src]`)) {
		el.dataset['strings'] = await wordsFrom(el.dataset['stringsSrc']!);
	}
	return load();
};
/** Watches the page's embedded calculators, if any, and loads each one's code as the reader nears it. */
export function loadCalculatorsWhenNear(): void {
	loadWhenNear(
		'bw-loan-cost',
		onDemand('bw-loan-cost', () => import('~/features/calculators/loan-cost/bw-loan-cost.ts'))
	);
	loadWhenNear(
		'bw-overdue-cost',
		onDemand(
			'bw-overdue-cost',
			() => import('~/features/calculators/overdue-cost/bw-overdue-cost.ts')
		)
	);
	loadWhenNear(
		'bw-budget-planner',
		onDemand(
			'bw-budget-planner',
			() => import('~/features/calculators/budget/bw-budget-planner.ts')
		)
	);
	loadWhenNear(
		'bw-repayment-plan',
		onDemand(
			'bw-repayment-plan',
			() => import('~/features/calculators/repayment-plan/bw-repayment-plan.ts')
		)
	);
}
