import { fill } from '~/site/strings';
import { DASH, type Formats, type ToolStrings } from './kit';

/** Mainland China's private-lending reference: 4 × the one-year LPR (3.0% since 2025-05-20). */
export const CN_REFERENCE = 0.12;

/** Fills the reference-point lines for an annual rate, an average daily cost and a total cost share. */
export function showReferences(
	root: ParentNode,
	strings: ToolStrings,
	f: Formats,
	annual: number | undefined,
	daily: number | undefined,
	share: number | undefined
) {
	const cn = root.querySelector('[data-ref="cn"]');
	const uk = root.querySelector('[data-ref="uk"]');
	if (cn)
		cn.textContent =
			annual === undefined
				? DASH
				: fill(strings[annual > CN_REFERENCE ? 'tools.ref.cnAbove' : 'tools.ref.cnBelow'], {
						rate: f.percent(annual),
					});
	if (uk)
		uk.textContent =
			daily === undefined || share === undefined
				? DASH
				: fill(strings['tools.ref.ukHere'], { daily: f.fine(daily), share: f.percent(share) });
}
