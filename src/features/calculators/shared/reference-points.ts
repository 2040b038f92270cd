import { fill } from '~/site/strings';
import { DASH, type Formats, type ToolKey, type ToolStrings } from './kit';

/** Places with a reference point for a loan's yearly cost, as `data-ref-place` in ReferencePoints.astro. */
export const referencePlaces = ['cn', 'tw', 'hk', 'uk', 'mx', 'es'] as const;
export type ReferencePlace = (typeof referencePlaces)[number];
/** Places whose reference point is an all-in yearly rate the reader's contract shows (CAT, TAE), not a cap. */
const disclosedRate = { mx: 'tools.ref.mxHere', es: 'tools.ref.esHere' } as const;

/** What a tool knows of a cost, for the reference points. */
export interface Cost {
	/** Nominal yearly rate (monthly or daily rate × 12 or 365). */
	annual: number | undefined;
	/** Effective yearly rate, compounded as a CAT or a TAE is. */
	effective?: number | undefined;
	/** Average cost per day as a share of the amount. */
	daily: number | undefined;
	/** Total cost as a share of the amount. */
	share: number | undefined;
}

/** Mainland China's private-lending reference: 4 × the one-year LPR (3.0% since 2025-05-20). */
export const CN_REFERENCE = 0.12;
/** Taiwan: agreed interest above 16% a year is void for the excess (Civil Code Art. 205). */
export const TW_REFERENCE = 0.16;
/** Hong Kong money lenders: above 48% an offence (MLO s. 24); above 36% presumed extortionate (s. 25). */
export const HK_CAP = 0.48;
export const HK_EXTORTIONATE = 0.36;

/** Which line says where a yearly rate sits against each place's reference point. */
export function rateLine(place: 'cn' | 'tw' | 'hk', annual: number): ToolKey {
	if (place === 'cn') return annual > CN_REFERENCE ? 'tools.ref.cnAbove' : 'tools.ref.cnBelow';
	if (place === 'tw') return annual > TW_REFERENCE ? 'tools.ref.twAbove' : 'tools.ref.twBelow';
	if (annual > HK_CAP) return 'tools.ref.hkAbove48';
	return annual > HK_EXTORTIONATE ? 'tools.ref.hkAbove36' : 'tools.ref.hkBelow';
}

/** Fills the reference-point lines of the places a tool shows. */
export function showReferences(
	root: ParentNode,
	strings: ToolStrings,
	f: Formats,
	{ annual, effective, daily, share }: Cost
) {
	for (const place of ['cn', 'tw', 'hk'] as const) {
		const line = root.querySelector(`[data-ref="${place}"]`);
		if (line)
			line.textContent =
				annual === undefined
					? DASH
					: fill(strings[rateLine(place, annual)], { rate: f.percent(annual) });
	}
	const uk = root.querySelector('[data-ref="uk"]');
	if (uk)
		uk.textContent =
			daily === undefined || share === undefined
				? DASH
				: fill(strings['tools.ref.ukHere'], { daily: f.fine(daily), share: f.percent(share) });
	for (const place of ['mx', 'es'] as const) {
		const line = root.querySelector(`[data-ref="${place}"]`);
		if (line)
			line.textContent =
				effective === undefined
					? DASH
					: fill(strings[disclosedRate[place]], { rate: f.percent(effective) });
	}
}

/** Puts the reader's place's reference point first, and the one it replaces with the others. */
export function placeReferences(root: ParentNode, place: string | undefined) {
	const mine = place && root.querySelector(`[data-refs-others] [data-ref-place="${place}"]`);
	const main = root.querySelector('[data-refs]');
	const others = root.querySelector('[data-refs-others]');
	if (!mine || !main || !others) return;
	others.prepend(...main.children);
	main.append(mine);
}
