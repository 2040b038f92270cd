// Zod pieces every content schema shares (lessons, quizzes, glossary, the toolkit's files). Build only:
// browser code never imports a schema (Zod would add ~25 KB and needs eval, which the CSP forbids).
import { z } from 'astro/zod';

/** Ids that stay the same in every locale: lowercase letters, digits and single hyphens. */
export const slugId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens');

/** A source for a rule or a number: what it is, where to read it (https only), what it supports. */
export const source = z.strictObject({
	/** Name of the law, rule or publication, with the article or section cited. */
	title: z.string().min(3),
	/** Where a reader can read it; https only. */
	url: z.url({ protocol: /^https$/ }).optional(),
	/** What the source supports, or a caveat about it. */
	note: z.string().optional(),
});

/** Non-empty text that must carry each `{{name}}` placeholder, so a translation cannot drop one. */
export const textWith = (...names: string[]) =>
	names.reduce(
		(schema, name) => schema.includes(`{{${name}}}`, { message: `must contain {{${name}}}` }),
		z.string().min(1)
	);
