// The home-visit and contact check (`/<locale>/tools/collection-check/`): a few questions, then one
// card of rights for the reader's situation and place. The questions' order and branching are in
// flow.ts; their words live in content/toolkit/collection-check/<locale>.yaml, validated by
// `collectionCheckSchema` below. Build only.
import { z } from 'astro/zod';
import { slugId, source, textWith } from '~/site/schema';
import { cardKey, dangerAnswers, places, situations, stepIds, type Place } from './flow';

/** A statement of law: what it says in plain words, and the law and article it rests on. */
const rule = z.strictObject({
	/** The rule in plain words, one sentence. */
	text: z.string().min(3),
	/** Law and article, e.g. "Civil Code, Art. 1033" or "15 U.S.C. §1692c(b)". Required: no uncited legal statements. */
	cite: z.string().min(3),
});

/** A point on a card: practical advice, or a legal statement with `cite`. */
const point = z.union([
	z.string().min(3),
	z.strictObject({
		text: z.string().min(3),
		/** Law and article, when the point is a legal statement. */
		cite: z.string().min(3),
	}),
]);

const option = z.strictObject({
	/** The answer's id; the same in every locale, and one the flow (`situations`, `dangerAnswers`) knows. */
	id: slugId,
	/** The answer as the reader sees it, in their words. */
	label: z.string().min(1),
});

const step = z.strictObject({
	/** Which question this is: `situation`, `danger` or `place`. */
	id: z.enum(stepIds),
	/** The question, as the step's heading. */
	question: z.string().min(3),
	/** One line under the question. */
	hint: z.string().optional(),
	/** The answers; `place` takes its labels from the jurisdiction names (`jurisdiction.*`), so it lists none. */
	options: z.array(option).default([]),
});

const contact = z.strictObject({
	/** Referred to by cards' `call`; the same in every locale. */
	id: slugId,
	/** Which place it serves. */
	place: z.enum(places),
	/** Who they are, e.g. "Police". */
	name: z.string().min(2),
	/** The number to dial: only numbers from the research notes or a cited source (see `sources`). */
	number: z
		.string()
		.regex(/^[+(]?[0-9][0-9 ()-]*[0-9]$/, 'digits, spaces, brackets and hyphens only')
		.optional(),
	/** Official website, when there is no number to give or as well as one; https only. */
	site: z.url({ protocol: /^https$/ }).optional(),
	/** When to use it, one short line. */
	when: z.string().min(3),
	/** The place's emergency number: named first on the card when someone is at the door and threatening. */
	emergency: z.boolean().default(false),
});

const card = z.strictObject({
	situation: z.enum(situations),
	place: z.enum(places),
	/** What the reader may do right now: their rights. */
	youCan: z.array(point).min(1),
	/** What the collector may lawfully do. */
	theyMay: z.array(point).min(1),
	/** What the collector may not do; every item cites its law and article. */
	theyMayNot: z.array(rule).min(1),
	/** A short script to say or send, in the reader's voice. */
	say: z.string().min(10),
	/** Contact ids, most urgent first; each must be a contact of the same place. */
	call: z.array(slugId).min(1),
});

/** Words of the tool's own controls and headings. */
const ui = z.strictObject({
	/** Heading above the flow. */
	start: z.string(),
	next: z.string(),
	back: z.string(),
	restart: z.string(),
	print: z.string(),
	/** "Question {{number}} of {{total}}". */
	stepOf: textWith('number', 'total'),
	/** Shown beside the question when Next is pressed with no answer. */
	chooseOne: z.string(),
	/** Heading of the card in the flow. */
	result: z.string(),
	youCan: z.string(),
	theyMay: z.string(),
	theyMayNot: z.string(),
	say: z.string(),
	call: z.string(),
	record: z.string(),
	/** The emergency line on a door card: "… call {{number}} ({{name}}) now." */
	urgent: textWith('number', 'name'),
	/** Heading of the full list of cards (all a reader without JavaScript sees). */
	allCards: z.string(),
	/** One line under it. */
	allCardsIntro: z.string(),
});

/** A locale's file: `content/toolkit/collection-check/<locale>.yaml`. */
export const collectionCheckSchema = z
	.strictObject({
		/** Day a person last checked every card against its sources (YYYY-MM-DD). */
		lastReviewed: z.coerce.date(),
		ui,
		/** The three questions, in the order of `stepIds`. */
		steps: z.array(step).length(stepIds.length),
		/** What to write down, per situation (the same advice in every place). */
		record: z.array(
			z.strictObject({ situation: z.enum(situations), items: z.array(z.string().min(3)).min(1) })
		),
		contacts: z.array(contact).min(places.length),
		/** One card for every situation in every place. */
		cards: z.array(card),
		/** The laws, and the source of every phone number, listed under the tool. */
		sources: z.array(source).min(1),
	})
	.superRefine((data, ctx) => {
		const issue = (path: (string | number)[], message: string) =>
			ctx.addIssue({ code: 'custom', path, message });
		data.steps.forEach((s, i) => {
			if (s.id !== stepIds[i])
				issue(['steps', i, 'id'], `step ${i + 1} must be \`${stepIds[i]}\`, found \`${s.id}\``);
			const expected: readonly string[] =
				s.id === 'situation' ? situations : s.id === 'danger' ? dangerAnswers : [];
			const got = s.options.map((o) => o.id);
			if (got.join() !== expected.join())
				issue(
					['steps', i, 'options'],
					`step \`${s.id}\` needs the options [${expected.join(', ')}] in that order, found [${got.join(', ')}]`
				);
		});
		const recorded = data.record.map((r) => r.situation);
		if (recorded.join() !== situations.join())
			issue(['record'], `needs one entry per situation in the order [${situations.join(', ')}]`);
		const contacts = new Map<string, Place>();
		data.contacts.forEach((c, i) => {
			if (contacts.has(c.id)) issue(['contacts', i, 'id'], `contact id \`${c.id}\` is used twice`);
			contacts.set(c.id, c.place);
		});
		for (const p of places) {
			const emergency = data.contacts.filter((c) => c.place === p && c.emergency);
			if (emergency.length !== 1 || !emergency[0]?.number)
				issue(['contacts'], `place \`${p}\` needs exactly one emergency contact with a number`);
		}
		const seen = new Set<string>();
		data.cards.forEach((c, i) => {
			const key = cardKey(c.situation, c.place);
			if (seen.has(key)) issue(['cards', i], `card \`${key}\` is written twice`);
			seen.add(key);
			c.call.forEach((ref, j) => {
				const where = contacts.get(ref);
				if (!where)
					issue(['cards', i, 'call', j], `card \`${key}\` calls unknown contact \`${ref}\``);
				else if (where !== c.place)
					issue(
						['cards', i, 'call', j],
						`card \`${key}\` calls \`${ref}\`, a contact for \`${where}\``
					);
			});
		});
		for (const s of situations)
			for (const p of places)
				if (!seen.has(cardKey(s, p))) issue(['cards'], `card \`${cardKey(s, p)}\` is missing`);
	});

export type CollectionCheck = z.infer<typeof collectionCheckSchema>;
export type Card = CollectionCheck['cards'][number];
export type Contact = CollectionCheck['contacts'][number];
export type Point = Card['youCan'][number];

/** The cards in reading order: situations in flow order, then places in `order` (a locale's order). */
export function orderedCards(cards: readonly Card[], order: readonly Place[] = places): Card[] {
	const rank = (c: Card) =>
		situations.indexOf(c.situation) * places.length + order.indexOf(c.place);
	return [...cards].sort((a, b) => rank(a) - rank(b));
}

/** The ids every locale must share, for the parity test: steps and options, contacts and numbers, cards and their calls. */
export function idShape(data: CollectionCheck) {
	return {
		steps: data.steps.map((s) => `${s.id}:${s.options.map((o) => o.id).join('|')}`),
		contacts: data.contacts.map(
			(c) => `${c.id}@${c.place}:${c.number ?? ''}:${c.site ?? ''}:${c.emergency}`
		),
		cards: data.cards.map(
			(c) =>
				`${cardKey(c.situation, c.place)}>${c.call.join('|')}:${c.youCan.length}/${c.theyMay.length}/${c.theyMayNot.length}`
		),
		record: data.record.map((r) => `${r.situation}:${r.items.length}`),
		lastReviewed: data.lastReviewed.toISOString().slice(0, 10),
	};
}
