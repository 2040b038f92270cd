import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
	answer,
	answersBefore,
	back,
	cardKey,
	pathFor,
	places,
	position,
	situations,
	stepNumber,
	telHref,
	type Answers,
} from '~/features/toolkit/collection-check/flow';
import {
	collectionCheckSchema,
	idShape,
	orderedCards,
} from '~/features/toolkit/collection-check/schema';
import { localeIds } from '~/site/locales';

const read = (locale: string) =>
	yaml.load(
		readFileSync(
			new URL(`../../../content/toolkit/collection-check/${locale}.yaml`, import.meta.url),
			'utf8'
		)
	);

describe('the flow', () => {
	it('asks the danger question only for someone at the door', () => {
		expect(pathFor({})).toEqual(['situation', 'place']);
		expect(pathFor({ situation: 'at-door' })).toEqual(['situation', 'danger', 'place']);
		for (const s of situations.filter((s) => s !== 'at-door'))
			expect(pathFor({ situation: s })).toEqual(['situation', 'place']);
	});

	it('walks at-door → danger → place → an urgent card', () => {
		let a: Answers = {};
		expect(position(a)).toEqual({ step: 'situation' });
		a = answer(a, 'situation', 'at-door');
		expect(position(a)).toEqual({ step: 'danger' });
		a = answer(a, 'danger', 'yes');
		expect(position(a)).toEqual({ step: 'place' });
		a = answer(a, 'place', 'uk');
		expect(position(a)).toEqual({ card: { situation: 'at-door', place: 'uk', urgent: true } });
	});

	it('goes straight from the situation to the place otherwise, never urgent', () => {
		let a = answer({}, 'situation', 'police-threat');
		expect(position(a)).toEqual({ step: 'place' });
		a = answer(a, 'place', 'us');
		expect(position(a)).toEqual({
			card: { situation: 'police-threat', place: 'us', urgent: false },
		});
	});

	it('a calm answer at the door gives the ordinary card', () => {
		const a = answer(answer(answer({}, 'situation', 'at-door'), 'danger', 'no'), 'place', 'cn');
		expect(position(a)).toEqual({ card: { situation: 'at-door', place: 'cn', urgent: false } });
	});

	it('refuses values outside a question, leaving the answers as they were', () => {
		const a = answer({}, 'situation', 'visit-planned');
		expect(answer(a, 'place', 'fr')).toBe(a);
		expect(answer(a, 'situation', '__proto__')).toBe(a);
		expect(answer(a, 'danger', 'maybe')).toBe(a);
		expect(answer(a, 'place', undefined)).toBe(a);
	});

	it('forgets the danger answer when the situation changes away from the door', () => {
		const atDoor = answer(answer({}, 'situation', 'at-door'), 'danger', 'yes');
		const changed = answer(atDoor, 'situation', 'public-shaming');
		expect(changed).toEqual({ situation: 'public-shaming' });
		expect(position(answer(changed, 'place', 'cn'))).toEqual({
			card: { situation: 'public-shaming', place: 'cn', urgent: false },
		});
	});

	it('goes back one question at a time, and not before the first', () => {
		const door = { situation: 'at-door', danger: 'yes', place: 'cn' } as const;
		expect(back(door, 'card')).toBe('place');
		expect(back(door, 'place')).toBe('danger');
		expect(back(door, 'danger')).toBe('situation');
		expect(back(door, 'situation')).toBeUndefined();
		expect(back({ situation: 'visit-planned', place: 'us' }, 'place')).toBe('situation');
	});

	it('keeps only the answers before the question returned to', () => {
		const door = { situation: 'at-door', danger: 'no', place: 'uk' } as const;
		expect(answersBefore(door, 'place')).toEqual({ situation: 'at-door', danger: 'no' });
		expect(answersBefore(door, 'danger')).toEqual({ situation: 'at-door' });
		expect(answersBefore(door, 'situation')).toEqual({});
	});

	it('numbers the questions on the reader’s own path', () => {
		expect(stepNumber({}, 'situation')).toEqual({ number: 1, total: 2 });
		expect(stepNumber({ situation: 'at-door' }, 'danger')).toEqual({ number: 2, total: 3 });
		expect(stepNumber({ situation: 'at-door' }, 'place')).toEqual({ number: 3, total: 3 });
		expect(stepNumber({ situation: 'visit-planned' }, 'place')).toEqual({ number: 2, total: 2 });
	});
});

describe('helpers', () => {
	it('dials only digits and a leading plus', () => {
		expect(telHref('(855) 411-2372')).toBe('tel:8554112372');
		expect(telHref('0800 023 4567')).toBe('tel:08000234567');
		expect(telHref('110')).toBe('tel:110');
	});
});

describe('content files', () => {
	const parsed = Object.fromEntries(
		localeIds.map((l) => [l, collectionCheckSchema.safeParse(read(l))])
	);

	it.each(localeIds)('%s validates against the schema', (locale) => {
		const result = parsed[locale]!;
		expect(result.error?.issues ?? []).toEqual([]);
		expect(result.success).toBe(true);
	});

	it('every locale has the same ids, numbers, calls and point counts as English', () => {
		const english = idShape(parsed['en']!.data!);
		for (const locale of localeIds) expect(idShape(parsed[locale]!.data!), locale).toEqual(english);
	});

	it('has a card for every situation in every place, in flow order', () => {
		const cards = orderedCards(parsed['en']!.data!.cards).map((c) => cardKey(c.situation, c.place));
		expect(cards).toEqual(situations.flatMap((s) => places.map((p) => cardKey(s, p))));
	});

	it('only uses phone numbers from the research notes or a cited source', () => {
		const numbers = parsed['en']!.data!.contacts.flatMap((c) => (c.number ? [c.number] : []));
		expect(numbers.sort()).toEqual(
			[
				'(855) 411-2372',
				'0800 023 4567',
				'0808 808 4000',
				'101',
				'110',
				'12363',
				'12368',
				'12378',
				'911',
				'999',
				// Taiwan: police, anti-fraud, FSC service line, Financial Ombudsman Institution.
				'110',
				'165',
				'1998',
				'0800-789-885',
				// Hong Kong: police, HKMA complaints, anti-scam helpline, Legal Aid Department.
				'999',
				'2878 1378',
				'18222',
				'2537 7677',
				// Mexico: emergencies, anonymous crime report (Secretaría de Gobernación).
				'911',
				'089',
				// Spain: emergencies, Policía Nacional.
				'112',
				'091',
			].sort()
		);
	});

	it('cites a law and article for everything a collector may not do', () => {
		for (const locale of localeIds) {
			for (const c of parsed[locale]!.data!.cards)
				for (const rule of c.theyMayNot)
					expect(rule.cite, `${locale} ${cardKey(c.situation, c.place)}`).toMatch(
						/§|Art|art|CONC|第|条|條|Cap\. \d+\), s\. \d|DPP 3|HKMA/
					);
		}
	});
});

describe('the schema stops broken content', () => {
	const good = () =>
		structuredClone(read('en')) as Record<string, unknown> & {
			cards: Record<string, unknown>[];
			steps: Record<string, unknown>[];
		};
	const messages = (data: unknown) =>
		collectionCheckSchema
			.safeParse(data)
			.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

	it('names a missing card', () => {
		const data = good();
		data.cards = data.cards.filter((c) => !(c['situation'] === 'at-door' && c['place'] === 'uk'));
		expect(messages(data)).toContain('cards: card `at-door.uk` is missing');
	});
	it('names a call to an unknown or foreign contact', () => {
		const data = good();
		data.cards[0]!['call'] = ['nobody', 'us-police'];
		expect(messages(data)).toEqual(
			expect.arrayContaining([
				'cards.0.call.0: card `visit-planned.cn` calls unknown contact `nobody`',
				'cards.0.call.1: card `visit-planned.cn` calls `us-police`, a contact for `us`',
			])
		);
	});
	it('names a legal point without its citation', () => {
		const data = good();
		(data.cards[1]!['theyMayNot'] as Record<string, unknown>[])[0] = { text: 'Harass you.' };
		expect(messages(data).some((m) => m.startsWith('cards.1.theyMayNot.0.cite'))).toBe(true);
	});
	it('names options the flow does not know', () => {
		const data = good();
		(data.steps[0]!['options'] as Record<string, unknown>[]).push({
			id: 'something-else',
			label: 'Something else',
		});
		expect(messages(data)[0]).toMatch(/^steps\.0\.options: step `situation` needs the options/);
	});
	it('refuses a number with letters in it', () => {
		const data = good();
		(data['contacts'] as Record<string, unknown>[])[0]!['number'] = '1-800-CALL-NOW';
		expect(messages(data)).toContain(
			'contacts.0.number: digits, spaces, brackets and hyphens only'
		);
	});
});
