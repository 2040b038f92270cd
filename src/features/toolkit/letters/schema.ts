// Schema of content/toolkit/letters/<locale>.yaml (the letter builder's words and templates). Kept
// apart from letters.ts, which imports nothing from here, so the browser code never bundles Zod.
import { z } from 'astro/zod';
import { source, textWith } from '~/site/schema';
import {
	channels,
	fieldIds,
	letterPlaces,
	letterTypes,
	placeholderPattern,
	placeholders,
	specials,
	type Channel,
	type FieldId,
	type LetterTemplate,
} from './letters';

const fieldText = z.strictObject({
	/** The field's label in the form. */
	label: z.string().min(1),
	/** A short hint under the label (optional). */
	hint: z.string().min(1).optional(),
	/** What the letter shows while the field is empty, brackets included: "[your name]". */
	gap: z.string().min(3),
});

/** The law or rule and its article or section, as cited in the letter, and where to read it. */
const rule = source.pick({ title: true, url: true });

/** Placeholders a text may use: fields, plus the specials when `allowSpecials`. */
function checkPlaceholders(
	text: string,
	ctx: z.RefinementCtx,
	path: (string | number)[],
	allowSpecials: boolean
) {
	for (const name of placeholders(text)) {
		const known =
			(fieldIds as string[]).includes(name) ||
			(allowSpecials && (specials as readonly string[]).includes(name));
		if (!known)
			ctx.addIssue({
				code: 'custom',
				path,
				message: `unknown placeholder \`{${name}}\`; use one of ${[...fieldIds, ...(allowSpecials ? specials : [])].map((p) => `{${p}}`).join(', ')}`,
			});
	}
	const stray = text.replace(placeholderPattern, '').match(/\{[^}\n]*\}?/);
	if (stray)
		ctx.addIssue({
			code: 'custom',
			path,
			message: `\`${stray[0]}\` is not a placeholder; placeholders are lowercase letters in braces, like {name}`,
		});
}

const letter = z.strictObject({
	/** Which letter this is: one of the letter types. */
	type: z.enum(letterTypes),
	/** Whose rules it relies on. */
	place: z.enum(letterPlaces),
	/** An honest caveat shown above the letter (not in it), e.g. when the place has no such right. */
	note: z.string().min(1).optional(),
	/** The rules the letter cites; the page lists them under the letter. */
	rules: z.array(rule).min(1),
	/** What `{channel}` becomes for each contact choice; needed when the body uses `{channel}`. */
	channels: z
		.strictObject(
			Object.fromEntries(channels.map((id) => [id, z.string().min(3)])) as Record<
				Channel,
				z.ZodString
			>
		)
		.optional(),
	/** The letter, with placeholders; line breaks are kept. */
	body: z.string().min(40),
});

/** One locale's file, `content/toolkit/letters/<locale>.yaml`; its entry id is the locale. */
export const lettersSchema = z
	.strictObject({
		/** Day a person last checked the templates against their sources (YYYY-MM-DD). */
		lastReviewed: z.coerce.date(),
		/** The builder's own words. */
		ui: z.strictObject({
			type: z.string().min(1),
			place: z.string().min(1),
			details: z.string().min(1),
			date: z.string().min(1),
			/** What the date shows in a letter printed blank: "[date]". */
			dateGap: z.string().min(3),
			channel: z.string().min(1),
			letter: z.string().min(1),
			note: z.string().min(1),
			rules: z.string().min(1),
			copy: z.string().min(1),
			copied: z.string().min(1),
			copyFallback: z.string().min(1),
			print: z.string().min(1),
			download: z.string().min(1),
			downloaded: z.string().min(1),
			notStored: z.string().min(1),
			missing: textWith('count'),
			complete: z.string().min(1),
			/** Beside every field: how long it may be. */
			limit: textWith('max'),
			tooLong: textWith('max', 'count'),
			templates: z.string().min(1),
			templatesIntro: z.string().min(1),
			noScript: z.string().min(1),
		}),
		/** Label, hint and gap of every field. */
		fields: z.strictObject(
			Object.fromEntries(fieldIds.map((id) => [id, fieldText])) as Record<FieldId, typeof fieldText>
		),
		/** Each contact choice's label in the form (the sentence it becomes is per letter). */
		channels: z.strictObject(
			Object.fromEntries(
				channels.map((id) => [id, z.strictObject({ label: z.string().min(1) })])
			) as Record<Channel, z.ZodObject<{ label: z.ZodString }>>
		),
		/** The letter types' names and when to use each, in the order of `letterTypes`. */
		types: z.array(
			z.strictObject({ id: z.enum(letterTypes), label: z.string().min(1), hint: z.string().min(1) })
		),
		/** The places' names, each once; the page lists them in the locale's order (`likelyPlaces`). */
		places: z.array(z.strictObject({ id: z.enum(letterPlaces), label: z.string().min(1) })),
		/** One template per letter type and place. */
		letters: z.array(letter),
	})
	.superRefine((data, ctx) => {
		const inOrder = (key: 'types' | 'places', ids: readonly string[], ordered: boolean) => {
			const got: string[] = data[key].map((t) => t.id);
			const same = ordered
				? got.join() === ids.join()
				: got.length === ids.length && ids.every((id) => got.includes(id));
			if (!same)
				ctx.addIssue({
					code: 'custom',
					path: [key],
					message: `list ${ids.join(', ')} once each${ordered ? ', in that order' : ''} (found ${got.join(', ') || 'none'})`,
				});
		};
		inOrder('types', letterTypes, true);
		// Places in any order: the page shows them in the locale's order.
		inOrder('places', letterPlaces, false);
		const seen = new Set<string>();
		data.letters.forEach((l, i) => {
			const key = `${l.type}/${l.place}`;
			if (seen.has(key))
				ctx.addIssue({
					code: 'custom',
					path: ['letters', i],
					message: `a second template for ${key}`,
				});
			seen.add(key);
			checkPlaceholders(l.body, ctx, ['letters', i, 'body'], true);
			for (const [id, text] of Object.entries(l.channels ?? {}))
				checkPlaceholders(text, ctx, ['letters', i, 'channels', id], false);
			if (placeholders(l.body).includes('channel') && !l.channels)
				ctx.addIssue({
					code: 'custom',
					path: ['letters', i, 'channels'],
					message: 'the body uses {channel}: give the sentence for each contact choice',
				});
			if (!placeholders(l.body).includes('name'))
				ctx.addIssue({
					code: 'custom',
					path: ['letters', i, 'body'],
					message: 'a letter must be signed: use {name}',
				});
		});
		for (const type of letterTypes)
			for (const place of letterPlaces)
				if (!seen.has(`${type}/${place}`))
					ctx.addIssue({
						code: 'custom',
						path: ['letters'],
						message: `missing the template for letter type \`${type}\` in place \`${place}\``,
					});
	});

export type LettersContent = z.infer<typeof lettersSchema>;
/** A letter as parsed; the constraint checks that the builder's `LetterTemplate` accepts it. */
export type ParsedLetter = Accepted<LettersContent['letters'][number]>;
type Accepted<T extends LetterTemplate> = T;
