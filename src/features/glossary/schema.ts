import { z } from 'astro/zod';

/** One glossary entry; the same `id` in every locale, so links and anchors match across languages. */
export const glossaryTerm = z.strictObject({
	/** Stable anchor on the glossary page, e.g. `apr`; the same in every locale. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens'),
	/** The term as readers see it. */
	term: z.string().min(1),
	/** Other spellings and everyday words for the same thing; each is linked like the term. */
	aliases: z.array(z.string().min(1)).default([]),
	/** A plain-words definition, one or two sentences. */
	definition: z.string().min(10),
});

/** A locale's glossary file: `content/glossary/<locale>.yaml`. */
export const glossarySchema = z
	.strictObject({
		/** The terms, in the order the glossary page lists them. */
		terms: z.array(glossaryTerm).min(1),
	})
	.superRefine(({ terms }, ctx) => {
		const seen = new Set<string>();
		terms.forEach((t, i) => {
			if (seen.has(t.id))
				ctx.addIssue({
					code: 'custom',
					path: ['terms', i, 'id'],
					message: `term id \`${t.id}\` is used twice`,
				});
			seen.add(t.id);
		});
	});

export type GlossaryTerm = z.infer<typeof glossaryTerm>;

/** Words to link, longest first so "annual percentage rate" wins over "rate". */
export function linkableWords(
	terms: readonly Pick<GlossaryTerm, 'id' | 'term' | 'aliases'>[]
): { word: string; id: string }[] {
	return terms
		.flatMap((t) => [t.term, ...t.aliases].map((word) => ({ word, id: t.id })))
		.sort((a, b) => b.word.length - a.word.length);
}

const hasLatin = /[A-Za-z]/;

/**
 * Where `word` first occurs in `text` as a whole word (Latin words need word boundaries; Chinese
 * has none, so any occurrence counts). Case-insensitive for Latin text.
 */
export function findTerm(text: string, word: string): number {
	if (!hasLatin.test(word)) return text.indexOf(word);
	const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// Boundaries are Latin letters and digits only: "4倍LPR" contains LPR, "approval" does not contain APR.
	const match = new RegExp(
		`(?<![\\p{Script=Latin}\\p{N}])${escaped}(?![\\p{Script=Latin}\\p{N}])`,
		'iu'
	).exec(text);
	return match ? match.index : -1;
}
