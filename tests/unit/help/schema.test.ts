// The help lines' data: every line must carry a source with an address and a checked date, and
// the page's ordering rules hold. The build test tests/build/broken-help.test.ts shows the same
// refusal stopping a real build.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { helpLineSchema } from '~/features/help/schema';
import {
	helpCategories,
	linesBySection,
	placesFor,
	telHref,
	type HelpCategory,
	type HelpPlace,
} from '~/features/help/places';
import { localeIds } from '../../../src/site/locales';

const file = readFileSync(new URL('../../../content/help/lines.yaml', import.meta.url), 'utf8');
const lines = yaml.load(file) as Record<string, unknown>[];
const good = lines.find((line) => line['id'] === 'uk-samaritans')!;

describe('content/help/lines.yaml', () => {
	it('passes the schema, line by line', () => {
		for (const line of lines) {
			const result = helpLineSchema.safeParse(line);
			expect(result.success, `${String(line['id'])}: ${result.error?.message}`).toBe(true);
		}
	});

	it('has unique ids, each starting with its place', () => {
		const ids = lines.map((line) => String(line['id']));
		expect(new Set(ids).size).toBe(ids.length);
		for (const line of lines) expect(String(line['id'])).toMatch(new RegExp(`^${line['place']}-`));
	});

	it('gives every locale a crisis line and a police line for its first place or two', () => {
		const parsed = lines.map((line) => helpLineSchema.parse(line));
		for (const locale of localeIds) {
			expect(linesBySection(parsed, locale, 'crisis').length, locale).toBeGreaterThan(0);
			expect(linesBySection(parsed, locale, 'police').length, locale).toBeGreaterThan(0);
		}
	});
});

describe('helpLineSchema', () => {
	const without = (field: string) => {
		const copy = structuredClone(good);
		delete copy[field];
		return copy;
	};

	it('accepts a complete line', () => {
		expect(helpLineSchema.safeParse(good).success).toBe(true);
	});

	it('refuses a line without a source', () => {
		const result = helpLineSchema.safeParse(without('source'));
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('source');
	});

	it('refuses a source without its address', () => {
		const line = structuredClone(good);
		delete (line['source'] as Record<string, unknown>)['url'];
		const result = helpLineSchema.safeParse(line);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('source.url');
	});

	it('refuses a line without a checked date', () => {
		const result = helpLineSchema.safeParse(without('checked'));
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('checked');
	});

	it('refuses a line with neither a number nor a page', () => {
		const line = without('number');
		delete line['url'];
		expect(helpLineSchema.safeParse(line).success).toBe(false);
	});

	it('refuses a name missing a locale, letters in a number and an http page', () => {
		const noEs = structuredClone(good);
		delete (noEs['name'] as Record<string, unknown>)['es'];
		expect(helpLineSchema.safeParse(noEs).success).toBe(false);
		expect(helpLineSchema.safeParse({ ...good, number: '0800 HELP' }).success).toBe(false);
		expect(helpLineSchema.safeParse({ ...good, url: 'http://example.org/' }).success).toBe(false);
	});
});

describe('places', () => {
	it('dials digits only, keeping a leading +', () => {
		expect(telHref('116 123')).toBe('tel:116123');
		expect(telHref('(855) 411-2372')).toBe('tel:8554112372');
		expect(telHref('0800-789-885')).toBe('tel:0800789885');
		expect(telHref('+44 20 7066 1000')).toBe('tel:+442070661000');
	});

	it('puts the crisis section first', () => {
		expect(helpCategories[0]).toBe('crisis');
	});

	it('groups a section by every place, the locale’s likely ones first, leaving out empty ones', () => {
		const line = (place: HelpPlace, category: HelpCategory, id: string) => ({
			place,
			category,
			id,
		});
		const sample = [
			line('cn', 'crisis', 'a'),
			line('uk', 'crisis', 'b'),
			line('us', 'crisis', 'c'),
			line('us', 'police', 'd'),
			line('mx', 'crisis', 'e'),
		];
		expect(
			linesBySection(sample, 'en', 'crisis').map((g) => [g.place, g.lines.map((l) => l.id)])
		).toEqual([
			['us', ['c']],
			['uk', ['b']],
			['cn', ['a']],
			['mx', ['e']],
		]);
		expect(linesBySection(sample, 'es', 'crisis').map((g) => g.place)).toEqual([
			'mx',
			'us',
			'uk',
			'cn',
		]);
		expect(placesFor['zh-cn'][0]).toBe('cn');
		expect(placesFor['zh-tw'][0]).toBe('tw');
	});
});
