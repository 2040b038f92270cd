// The debt-help scam check's verdict: which warning signs were ticked, how heavy they are, and what
// that adds up to. Pure, so the page's script and the unit tests share it; the signs and their
// weights are content (content/toolkit/scam-check/<locale>.yaml, checked by its schema).

/** How much a sign counts: 1 or 2 points, or `decisive`, which alone makes the verdict "scam". */
export type SignWeight = 1 | 2 | 'decisive';

export interface Sign {
	id: string;
	weight: SignWeight;
}

/** `none`: nothing ticked · `caution`: some signs, not enough to call it · `scam`: stop, do not pay. */
export const levels = ['none', 'caution', 'scam'] as const;
export type Level = (typeof levels)[number];

/** Points at which ticked signs add up to a scam even with no decisive sign among them. */
export const SCAM_SCORE = 3;

export interface Assessment {
	level: Level;
	/** Points of the ticked signs that are not decisive. */
	score: number;
	/** The ticked signs, heaviest first (decisive, then 2, then 1), in checklist order within a weight. */
	reasons: Sign[];
}

const rank = (w: SignWeight) => (w === 'decisive' ? 3 : w);

/** The verdict for the ticked sign ids; ids that are not signs, and repeats, are ignored. */
export function assess(signs: readonly Sign[], ticked: Iterable<string>): Assessment {
	const chosen = new Set(ticked);
	const reasons = signs.filter((s) => chosen.has(s.id));
	// A stable sort keeps checklist order among signs of the same weight.
	reasons.sort((a, b) => rank(b.weight) - rank(a.weight));
	const decisive = reasons.some((s) => s.weight === 'decisive');
	const score = reasons.reduce((n, s) => n + (s.weight === 'decisive' ? 0 : s.weight), 0);
	const level: Level =
		decisive || score >= SCAM_SCORE ? 'scam' : reasons.length > 0 ? 'caution' : 'none';
	return { level, score, reasons };
}

/** Keys of the words the page hands its element: each verdict's title and text, and the count line. */
export type ScamCheckKey = `${Level}.title` | `${Level}.text` | 'tickedCount';
