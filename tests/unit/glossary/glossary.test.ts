import { describe, expect, it } from 'vitest';
import { findTerm, glossarySchema, linkableWords } from '~/features/glossary/schema';
import { lessonLocale } from '~/markdown/glossary-links';

describe('findTerm', () => {
	it('matches Latin words whole, ignoring case', () => {
		expect(findTerm('The APR is high', 'apr')).toBe(4);
		expect(findTerm('an approval', 'APR')).toBe(-1);
		expect(findTerm('rates, not rate', 'rate')).toBe(11);
	});
	it('matches Chinese anywhere, since it has no spaces', () => {
		expect(findTerm('这笔借款的年化利率很高', '年化利率')).toBe(5);
		expect(findTerm('先看4倍LPR', 'LPR')).toBe(4);
	});
});

describe('linkableWords', () => {
	it('puts longer words first so a phrase wins over a word inside it', () => {
		const words = linkableWords([
			{ id: 'rate', term: 'rate', aliases: [] },
			{ id: 'apr', term: 'annual percentage rate', aliases: ['APR'] },
		]);
		expect(words[0]).toEqual({ word: 'annual percentage rate', id: 'apr' });
	});
});

describe('glossarySchema', () => {
	it('refuses duplicate ids and bad ids', () => {
		const bad = glossarySchema.safeParse({
			terms: [
				{ id: 'apr', term: 'APR', definition: 'The yearly cost of a loan.' },
				{ id: 'apr', term: 'Annual rate', definition: 'The yearly cost of a loan.' },
			],
		});
		expect(bad.success).toBe(false);
		expect(bad.error?.issues[0]?.message).toContain('`apr` is used twice');
		expect(
			glossarySchema.safeParse({
				terms: [{ id: 'Bad Id', term: 'x', definition: 'A definition.' }],
			}).success
		).toBe(false);
	});
});

describe('lessonLocale', () => {
	const locales = ['en', 'zh-cn'];
	it('knows lesson files and their locale', () => {
		expect(lessonLocale('/x/content/docs/zh-cn/rights/home-visits.mdx', locales)).toBe('zh-cn');
	});
	it('leaves other pages alone', () => {
		expect(lessonLocale('/x/content/docs/en/rights/index.mdx', locales)).toBeUndefined();
		expect(lessonLocale('/x/content/docs/en/rights/check.mdx', locales)).toBeUndefined();
		expect(lessonLocale('/x/content/docs/en/glossary.mdx', locales)).toBeUndefined();
		expect(lessonLocale('/x/content/docs/fr/rights/home-visits.mdx', locales)).toBeUndefined();
	});
});
