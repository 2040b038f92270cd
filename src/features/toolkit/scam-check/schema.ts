// The debt-help scam check's content: content/toolkit/scam-check/<locale>.yaml, one file per locale,
// the same scheme, sign and jurisdiction ids in every locale (tests/unit/toolkit/scam-check.test.ts checks).
import { z } from 'astro/zod';
import { slugId, source, textWith } from '~/site/schema';
import type { Level } from './scam-check';

const https = z.url({ protocol: /^https$/ });

/** Places with official channels, in the order every locale lists them (the page sorts them per locale). */
export const scamPlaces = ['cn', 'tw', 'hk', 'us', 'uk', 'mx', 'es'] as const;
export type ScamPlace = (typeof scamPlaces)[number];

/** The language of each place's own names for its bodies (`localName`), for the `lang` attribute. */
export const localNameLang: Record<ScamPlace, string> = {
	cn: 'zh-Hans',
	tw: 'zh-Hant',
	hk: 'zh-Hant',
	us: 'en',
	uk: 'en',
	mx: 'es-MX',
	es: 'es-ES',
};

/** One warning sign: a checkbox and, below it, why it matters. */
const sign = z.strictObject({
	/** Stable id, the same in every locale (the checkbox's value). */
	id: slugId,
	/** What the reader may have seen, as the checkbox label. */
	label: z.string().min(3),
	/** Why it is a warning sign and what is true instead; shown under the label and in the result. */
	explanation: z.string().min(10),
	/** 1 or 2 points, or `decisive`: this sign alone makes the verdict "scam" (see `assess`). */
	weight: z.union([z.literal(1), z.literal(2), z.literal('decisive')], {
		error: 'use 1, 2 or `decisive`',
	}),
});

/** A kind of offer (anti-collection, debt optimisation, credit repair, fake collector): one fieldset. */
const scheme = z.strictObject({
	id: slugId,
	/** The fieldset's legend. */
	title: z.string().min(3),
	/** One sentence on what this scheme sells. */
	intro: z.string().min(10),
	signs: z.array(sign).min(1),
});

/** A free, official place to turn to. A phone number or address in `contact` needs a `source`. */
const channel = z
	.strictObject({
		/** Who it is: the body or service, named as readers will find it. */
		name: z.string().min(2),
		/**
		 * The body's own name in its place's language, when it helps readers find it (a Taiwan body's
		 * Chinese name on the en and es pages). Shown after `name` in an element marked with that
		 * language (`localNameLang`), never as part of the page's own language.
		 */
		localName: z.string().min(2).optional(),
		/** What to use it for. */
		what: z.string().min(10),
		/** A phone number or web address as readers type it; only ones that have a source. */
		contact: z.string().min(2).optional(),
		/** Link to the body's own page; https only. */
		url: https.optional(),
		/** Where the number or address was checked. */
		source: source.optional(),
	})
	.refine((c) => c.contact === undefined || c.source !== undefined, {
		message: 'a `contact` (number or address) needs a `source`',
		path: ['source'],
	});

const jurisdiction = z.strictObject({
	/** A place id from the place setting (src/features/place/places.ts), as in lessons. */
	id: z.enum(scamPlaces),
	/** The place's name, as on the jurisdiction tabs in lessons. */
	label: z.string().min(2),
	channels: z.array(channel).min(1),
});

const verdict = z.strictObject({
	/** A plain verdict: "This is very likely a scam". */
	title: z.string().min(3),
	/** What to do now. */
	text: z.string().min(10),
});

/** A locale's scam-check file. */
export const scamCheckSchema = z
	.strictObject({
		/** Day a person last checked the content against its sources (YYYY-MM-DD). */
		lastReviewed: z.coerce.date(),
		/** The place whose channels show first when the page opens. */
		defaultJurisdiction: z.enum(scamPlaces),
		/** Headings, labels and short texts of the page. */
		text: z.strictObject({
			checklistHeading: z.string(),
			/** Above the checklist: tick what you have seen; without JavaScript, how to read the ticks. */
			checklistIntro: z.string(),
			/** Beside a decisive sign: "this alone is a scam sign". */
			decisiveMark: z.string(),
			jurisdictionLegend: z.string(),
			submit: z.string(),
			clear: z.string(),
			resultHeading: z.string(),
			reasonsHeading: z.string(),
			channelsHeading: z.string(),
			/** Before the channels, when no jurisdiction is chosen (no JavaScript): all of them follow. */
			channelsIntro: z.string(),
			stepsHeading: z.string(),
			/** In the result: "{{count}} of {{total}} signs ticked". */
			tickedCount: textWith('count', 'total'),
		}),
		/** One per verdict level (`levels`). */
		verdicts: z.strictObject({ none: verdict, caution: verdict, scam: verdict } satisfies Record<
			Level,
			typeof verdict
		>),
		schemes: z.array(scheme).min(1),
		/** What to do instead, in order, wherever you live. */
		steps: z.array(z.string().min(10)).min(1),
		/** Channels per place, in the order of `scamPlaces`. */
		jurisdictions: z.array(jurisdiction).min(1),
		/** Laws and publications the checklist relies on. */
		sources: z.array(source).min(2),
	})
	.superRefine((data, ctx) => {
		const once = (ids: string[], what: string, path: (i: number) => (string | number)[]) => {
			const seen = new Set<string>();
			ids.forEach((value, i) => {
				if (seen.has(value))
					ctx.addIssue({
						code: 'custom',
						path: path(i),
						message: `${what} id \`${value}\` is used twice`,
					});
				seen.add(value);
			});
		};
		once(
			data.schemes.map((s) => s.id),
			'scheme',
			(i) => ['schemes', i, 'id']
		);
		const signs = data.schemes.flatMap((s, si) =>
			s.signs.map((g, gi) => ({ id: g.id, path: ['schemes', si, 'signs', gi, 'id'] }))
		);
		once(
			signs.map((s) => s.id),
			'sign',
			(i) => signs[i]!.path
		);
		once(
			data.jurisdictions.map((j) => j.id),
			'jurisdiction',
			(i) => ['jurisdictions', i, 'id']
		);
		if (!data.jurisdictions.some((j) => j.id === data.defaultJurisdiction)) {
			ctx.addIssue({
				code: 'custom',
				path: ['defaultJurisdiction'],
				message: `\`${data.defaultJurisdiction}\` has no entry in \`jurisdictions\``,
			});
		}
	});

export type ScamCheckContent = z.infer<typeof scamCheckSchema>;
