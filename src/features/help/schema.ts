// The help lines: content/help/lines.yaml, one entry per line (a number, an official page or both).
// Build only (Zod). Every entry must say where its number was checked and when, so an unsourced
// number stops the build (tests/unit/help/schema.test.ts proves it).
import { z } from 'astro/zod';
import { slugId, source } from '~/site/schema';
import { helpCategories, helpPlaces } from './places';

/** Words in each locale; every locale is required, so a line never shows in only some languages. */
const localized = z.strictObject({
	en: z.string().min(2),
	'zh-cn': z.string().min(2),
	'zh-tw': z.string().min(2),
	es: z.string().min(2),
});

/** A help line's source must have an address a reader (or the next checker) can open. */
const checkedSource = source.required({ url: true });

export const helpLineSchema = z
	.strictObject({
		/** Stable id, the same across edits: `<place>-<what>`, e.g. `uk-samaritans`. */
		id: slugId,
		/** Whose line it is: cn, us, uk, tw, hk, mx or es. */
		place: z.enum(helpPlaces),
		/** Which section of the help page lists it. */
		category: z.enum(helpCategories),
		/** The service's name, as readers will find it, in every locale. */
		name: localized,
		/** What to use it for, in a short phrase, in every locale. */
		what: localized.optional(),
		/** The number as it is dialled there, spaces allowed: "116 123", "(855) 411-2372". */
		number: z
			.string()
			.regex(/^\+?[0-9(][0-9 ()-]*[0-9]$/, 'digits, spaces, brackets and hyphens only')
			.optional(),
		/** The official page to use it (report, complain, look up); https only. */
		url: z.url({ protocol: /^https$/ }).optional(),
		/** Opening hours, only where the source states them. */
		hours: localized.optional(),
		/** Where the number or page was checked: required, with its address. */
		source: checkedSource,
		/** The day a person last checked the line against its source (YYYY-MM-DD). */
		checked: z.coerce.date(),
	})
	.refine((line) => line.number !== undefined || line.url !== undefined, {
		message: 'a help line needs a `number`, a `url` or both',
		path: ['number'],
	});

export type HelpLine = z.infer<typeof helpLineSchema>;
