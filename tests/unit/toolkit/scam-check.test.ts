import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { assess, SCAM_SCORE, type Sign } from '~/features/toolkit/scam-check/scam-check';
import { scamCheckSchema, type ScamCheckContent } from '~/features/toolkit/scam-check/schema';
import { localeIds } from '../../../src/site/locales';

const signs: Sign[] = [
	{ id: 'chat-only', weight: 1 },
	{ id: 'upfront-fee', weight: 2 },
	{ id: 'guarantee', weight: 2 },
	{ id: 'time-pressure', weight: 1 },
	{ id: 'verification-code', weight: 'decisive' },
	{ id: 'personal-account', weight: 'decisive' },
];

describe('assess', () => {
	it('gives "none" when nothing is ticked', () => {
		expect(assess(signs, [])).toEqual({ level: 'none', score: 0, reasons: [] });
	});

	it('gives "caution" for signs that add up to less than the scam score', () => {
		expect(assess(signs, ['chat-only'])).toMatchObject({ level: 'caution', score: 1 });
		expect(assess(signs, ['upfront-fee'])).toMatchObject({ level: 'caution', score: 2 });
		expect(assess(signs, ['chat-only', 'time-pressure'])).toMatchObject({
			level: 'caution',
			score: 2,
		});
	});

	it('gives "scam" once the points reach the scam score', () => {
		expect(SCAM_SCORE).toBe(3);
		expect(assess(signs, ['upfront-fee', 'chat-only'])).toMatchObject({ level: 'scam', score: 3 });
		expect(assess(signs, ['upfront-fee', 'guarantee'])).toMatchObject({ level: 'scam', score: 4 });
	});

	it('gives "scam" for one decisive sign alone', () => {
		expect(assess(signs, ['verification-code'])).toMatchObject({ level: 'scam', score: 0 });
		expect(assess(signs, ['personal-account'])).toMatchObject({ level: 'scam', score: 0 });
	});

	it('lists the ticked signs as reasons, heaviest first, in checklist order within a weight', () => {
		const { reasons } = assess(signs, [
			'time-pressure',
			'chat-only',
			'personal-account',
			'guarantee',
			'upfront-fee',
			'verification-code',
		]);
		expect(reasons.map((s) => s.id)).toEqual([
			'verification-code',
			'personal-account',
			'upfront-fee',
			'guarantee',
			'chat-only',
			'time-pressure',
		]);
	});

	it('ignores unknown ids and repeats', () => {
		expect(assess(signs, ['not-a-sign', '__proto__', 'chat-only', 'chat-only'])).toEqual({
			level: 'caution',
			score: 1,
			reasons: [signs[0]],
		});
	});

	it('does not change the list of signs it is given', () => {
		const copy = structuredClone(signs);
		assess(signs, ['time-pressure', 'verification-code']);
		expect(signs).toEqual(copy);
	});
});

const file = (locale: string) =>
	new URL(`../../../content/toolkit/scam-check/${locale}.yaml`, import.meta.url);
const content = Object.fromEntries(
	localeIds.map((locale) => [
		locale,
		scamCheckSchema.parse(yaml.load(readFileSync(file(locale), 'utf8'))),
	])
) as Record<string, ScamCheckContent>;
const en = content['en']!;

describe('scam-check content', () => {
	it('has a valid file for every locale', () => {
		expect(Object.keys(content).sort()).toEqual([...localeIds].sort());
	});

	for (const locale of localeIds.filter((l) => l !== 'en')) {
		it(`${locale} has the same schemes, signs, weights and places as English`, () => {
			const shape = (c: ScamCheckContent) => ({
				schemes: c.schemes.map((s) => ({ id: s.id, signs: s.signs.map((g) => [g.id, g.weight]) })),
				places: c.jurisdictions.map((j) => ({
					id: j.id,
					channels: j.channels.length,
					// Contact text is translated; its digits (phone numbers) must be the same everywhere.
					numbers: j.channels.map((ch) => ch.contact?.replace(/\D/g, '') ?? null),
				})),
				steps: c.steps.length,
			});
			const mine = content[locale]!;
			expect(shape(mine)).toEqual(shape(en));
		});
	}

	it('makes every level reachable with the real signs', () => {
		const real = en.schemes.flatMap((s) => s.signs);
		const light = real.find((s) => s.weight === 1)!;
		const decisive = real.find((s) => s.weight === 'decisive')!;
		expect(assess(real, []).level).toBe('none');
		expect(assess(real, [light.id]).level).toBe('caution');
		expect(assess(real, [decisive.id]).level).toBe('scam');
	});

	it('treats asking for a verification code and paying a personal account as decisive', () => {
		const weight = (id: string) =>
			en.schemes.flatMap((s) => s.signs).find((s) => s.id === id)?.weight;
		expect(weight('verification-code')).toBe('decisive');
		expect(weight('personal-account')).toBe('decisive');
	});
});

describe('scamCheckSchema', () => {
	const valid = () =>
		structuredClone(yaml.load(readFileSync(file('en'), 'utf8'))) as Record<string, any>;

	it('refuses a sign id used twice', () => {
		const data = valid();
		data['schemes'][1].signs[0].id = data['schemes'][0].signs[0].id;
		const result = scamCheckSchema.safeParse(data);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toContain('is used twice');
		expect(result.error?.issues[0]?.path).toEqual(['schemes', 1, 'signs', 0, 'id']);
	});

	it('refuses a weight that is not 1, 2 or decisive', () => {
		const data = valid();
		data['schemes'][0].signs[0].weight = 5;
		expect(scamCheckSchema.safeParse(data).success).toBe(false);
	});

	it('refuses a phone number without a source', () => {
		const data = valid();
		delete data['jurisdictions'][0].channels[1].source;
		const result = scamCheckSchema.safeParse(data);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toContain('needs a `source`');
	});

	it('refuses a default place with no channels and a missing verdict', () => {
		const data = valid();
		data['defaultJurisdiction'] = 'uk';
		data['jurisdictions'] = data['jurisdictions'].filter((j: { id: string }) => j.id !== 'uk');
		expect(scamCheckSchema.safeParse(data).error?.issues[0]?.path).toEqual(['defaultJurisdiction']);
		const noVerdict = valid();
		delete noVerdict['verdicts'].caution;
		expect(scamCheckSchema.safeParse(noVerdict).success).toBe(false);
	});
});
