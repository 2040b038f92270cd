// Letter builder: pure filling logic for the templates in content/toolkit/letters/<locale>.yaml. A
// template is plain text with placeholders: `{name}` is a field (an empty one shows its labelled
// gap, e.g. "[your name]"), `{reference?}` drops its whole line when empty, `{date}` is the
// letter's date and `{channel}` expands to the chosen contact channel's sentence. These single
// braces are the templates' own syntax, not the `{{name}}` of UI words. User text is put in once,
// in a single pass, so text a person types (braces, `<script>` included) comes out verbatim.

/** Letter types, in the order the builder offers them; every locale has a template for each type × place. */
export const letterTypes = ['verify', 'limit-contact', 'hardship', 'complaint'] as const;
/**
 * Places whose rules the templates rely on; the same ids as the lessons' places. The page lists them
 * in its locale's order (`likelyPlaces`), so the first one, checked without a saved place, is the
 * place its readers most likely live in.
 */
export const letterPlaces = ['cn', 'tw', 'hk', 'us', 'uk', 'mx', 'es'] as const;
/** How the borrower wants to be contacted, in the limit-contact letter. */
export const channels = ['writing', 'adviser'] as const;

export type LetterType = (typeof letterTypes)[number];
export type LetterPlace = (typeof letterPlaces)[number];
export type Channel = (typeof channels)[number];

/** One letter as the builder uses it; the schema checks the content files give exactly this. */
export interface LetterTemplate {
	type: LetterType;
	place: LetterPlace;
	/** An honest caveat shown above the letter, not in it. */
	note?: string | undefined;
	/** The rules the letter cites. */
	rules: { title: string; url?: string | undefined }[];
	/** What `{channel}` becomes for each contact choice. */
	channels?: Record<Channel, string> | undefined;
	body: string;
}

/** Fields a person fills in; `max` is in characters as people count them (grapheme clusters). */
export const letterFields = {
	name: { max: 80, multiline: false },
	contact: { max: 300, multiline: true },
	lender: { max: 120, multiline: false },
	reference: { max: 60, multiline: false },
	amount: { max: 40, multiline: false },
	adviser: { max: 200, multiline: true },
	monthly: { max: 40, multiline: false },
	circumstances: { max: 1000, multiline: true },
	facts: { max: 2000, multiline: true },
} as const;

export type FieldId = keyof typeof letterFields;

/**
 * What a field accepts (its `maxlength`, counted in UTF-16 units): a few times its limit, so going
 * over is told beside the field rather than silently cut, while a huge paste is still cut before
 * every keystroke re-counts it.
 */
export const inputLimit = (id: FieldId): number => letterFields[id].max * 4;
export const fieldIds = Object.keys(letterFields) as FieldId[];
/** Placeholders that are not typed fields: the letter's date and the contact channel sentence. */
export const specials = ['date', 'channel'] as const;

export const placeholderPattern = /\{([a-z]+)(\??)\}/g;

/** Every `{placeholder}` in a text, as written (without braces or `?`). */
export function placeholders(text: string): string[] {
	return [...text.matchAll(placeholderPattern)].map((m) => m[1]!);
}

export type FieldValues = Partial<Record<FieldId, string>>;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters as a reader counts them: one emoji or one Chinese character is one. */
export function charCount(text: string): number {
	let n = 0;
	for (const _ of graphemes.segment(text)) n++;
	return n;
}

/** The first `max` characters (grapheme clusters) of `text`. */
export function cut(text: string, max: number): string {
	let out = '';
	let n = 0;
	for (const { segment } of graphemes.segment(text)) {
		if (n++ === max) break;
		out += segment;
	}
	return out;
}

/** A field's value as the letter uses it: line breaks normalised, outer spaces trimmed. */
export function clean(value: string | undefined): string {
	return (value ?? '').replace(/\r\n?/g, '\n').trim();
}

/** The template with `{channel}` replaced by the chosen channel's sentence (content, never user text). */
export function expandChannel(body: string, sentence: string): string {
	return body.replace(/\{channel\}/g, () => sentence);
}

/** The fields a template asks for, in form order, once the channel is expanded. */
export function fieldsOf(body: string): FieldId[] {
	const used = new Set(placeholders(body));
	return fieldIds.filter((id) => used.has(id));
}

export interface FillOptions {
	/** The letter's date, already formatted for the page's language. */
	date: string;
	/** What an empty field shows, per field: "[your name]". */
	gaps: Record<FieldId, string>;
	/** The chosen contact channel's sentence, for templates with `{channel}`. */
	channel?: string | undefined;
}

export interface FilledLetter {
	text: string;
	/** Fields the letter needs that are still empty, in form order. */
	missing: FieldId[];
	/** Fields longer than their limit; the letter uses the first `max` characters. */
	tooLong: { field: FieldId; max: number; count: number }[];
}

/**
 * Fills a template (channel already expanded) with what the person typed. Lines holding an empty
 * `{field?}` are dropped; other empty fields show their gap. One pass: inserted text is never read
 * again, so `{other}` typed by a person stays as typed.
 */
export function fillLetter(body: string, values: FieldValues, options: FillOptions): FilledLetter {
	const value = (id: FieldId) => clean(values[id]);
	const kept = expandChannel(body, options.channel ?? '')
		.split('\n')
		.filter(
			(line) =>
				![...line.matchAll(placeholderPattern)].some(
					([, name, optional]) => optional && name !== 'date' && value(name as FieldId) === ''
				)
		)
		.join('\n')
		// A dropped line can leave two blank lines in a row; a letter has one between paragraphs.
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	const used = fieldsOf(kept);
	const missing = used.filter((id) => value(id) === '');
	const tooLong = used.flatMap((id) => {
		const count = charCount(value(id));
		const { max } = letterFields[id];
		return count > max ? [{ field: id, max, count }] : [];
	});
	const text = kept.replace(placeholderPattern, (_, name: string) => {
		if (name === 'date') return options.date;
		const id = name as FieldId;
		const v = value(id);
		return v === '' ? options.gaps[id] : cut(v, letterFields[id].max);
	});
	return { text: text + '\n', missing, tooLong };
}

/** The letter's date for the page's language, from `YYYY-MM-DD` (a calendar day, so no time zone shifts it). */
export function formatLetterDate(isoDay: string, lang: string): string | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
	if (!m) return undefined;
	const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m[3])) return undefined;
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A download name that works on every system: `letter-verify-us-2026-03-05.txt`. */
export function letterFilename(type: LetterType, place: LetterPlace, isoDay: string): string {
	const day = /^\d{4}-\d{2}-\d{2}$/.test(isoDay) ? `-${isoDay}` : '';
	return `letter-${type}-${place}${day}.txt`;
}

/** The template for a type and place; the schema guarantees there is one. */
export function templateFor(
	content: { letters: readonly LetterTemplate[] },
	type: LetterType,
	place: LetterPlace
): LetterTemplate | undefined {
	return content.letters.find((l) => l.type === type && l.place === place);
}
