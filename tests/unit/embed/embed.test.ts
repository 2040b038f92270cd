import { describe, expect, it } from 'vitest';
import {
	type HeadEntry,
	embedHead,
	embeddedId,
	embedPath,
	isEmbeddable,
	withLinkTargets,
	withoutSitemapPaths,
} from '~/features/embed/embed';

describe('isEmbeddable', () => {
	it('takes lessons and the pages under tools/, not the tools hub or other pages', () => {
		expect(isEmbeddable('en/borrowing/true-cost-of-a-loan', { kind: 'lesson' })).toBe(true);
		expect(isEmbeddable('zh-cn/tools/loan-cost', { kind: 'page' })).toBe(true);
		expect(isEmbeddable('es/tools/scam-check', {})).toBe(true);
		expect(isEmbeddable('en/tools', { kind: 'page' })).toBe(false);
		expect(isEmbeddable('en/borrowing', { kind: 'overview' })).toBe(false);
		expect(isEmbeddable('en/borrowing/check', { kind: 'check' })).toBe(false);
		expect(isEmbeddable('en/privacy', { kind: 'page' })).toBe(false);
	});
});

describe('embed paths', () => {
	it('puts every embed page under /embed/ and reads the id back, with or without a base', () => {
		expect(embedPath('zh-tw/tools/budget')).toBe('embed/zh-tw/tools/budget/');
		expect(embeddedId('/embed/zh-tw/tools/budget/', '/')).toBe('zh-tw/tools/budget');
		expect(embeddedId('/learn/embed/en/x/index.html', '/learn/')).toBe('en/x');
		expect(embeddedId('/learn/embed/en/x/', '/learn')).toBe('en/x');
		expect(embeddedId('/en/tools/budget/', '/')).toBeUndefined();
		expect(embeddedId('/embed/', '/')).toBeUndefined();
		expect(embeddedId('/embedded/en/x/', '/')).toBeUndefined();
	});
});

describe('withLinkTargets', () => {
	it('opens links that leave the page in a new tab, keeps in-page links in the frame', () => {
		const html =
			'<a href="/en/glossary/#apr">APR</a><a class="x" href="#q-one">q</a><a href=\'https://npc.gov.cn/\'>law</a>' +
			'<a href="/en/" target="_self">home</a><a href="/a/" rel="external">a</a><a name="top">t</a><link href="/x.css" rel="stylesheet">';
		expect(withLinkTargets(html)).toBe(
			'<a href="/en/glossary/#apr" target="_blank" rel="noopener">APR</a><a class="x" href="#q-one">q</a>' +
				'<a href=\'https://npc.gov.cn/\' target="_blank" rel="noopener">law</a>' +
				'<a href="/en/" target="_self" rel="noopener">home</a><a href="/a/" rel="external" target="_blank">a</a><a name="top">t</a>' +
				'<link href="/x.css" rel="stylesheet">'
		);
	});
});

describe('withoutSitemapPaths', () => {
	it('drops the embed pages and keeps the rest', () => {
		const xml =
			'<urlset><url><loc>https://s.example/en/a/</loc></url><url><loc>https://s.example/embed/en/a/</loc></url>' +
			'<url><loc>https://s.example/learn/embed/en/a/</loc></url></urlset>';
		expect(withoutSitemapPaths(xml, '/embed/')).toBe(
			'<urlset><url><loc>https://s.example/en/a/</loc></url><url><loc>https://s.example/learn/embed/en/a/</loc></url></urlset>'
		);
	});
	it('drops the pages a pattern matches', () => {
		const xml =
			'<urlset><url><loc>https://s.example/en/h/x/</loc></url><url><loc>https://s.example/en/h/x/tw/</loc></url></urlset>';
		expect(withoutSitemapPaths(xml, /^\/en\/h\/[^/]+\/(tw|hk)\/$/)).toBe(
			'<urlset><url><loc>https://s.example/en/h/x/</loc></url></urlset>'
		);
	});
});

describe('embedHead', () => {
	it('points canonical and og:url at the full page, drops language alternates and adds noindex', () => {
		const head: HeadEntry[] = [
			{ tag: 'title', content: 'Loan cost | Borrow Wisely' },
			{
				tag: 'link',
				attrs: { rel: 'canonical', href: 'https://s.example/embed/zh-cn/tools/loan-cost/' },
			},
			{
				tag: 'meta',
				attrs: { property: 'og:url', content: 'https://s.example/embed/zh-cn/tools/loan-cost/' },
			},
			{ tag: 'meta', attrs: { property: 'og:locale', content: 'en' } },
			{
				tag: 'link',
				attrs: { rel: 'alternate', hreflang: 'es', href: 'https://s.example/embed/es/' },
			},
			{ tag: 'link', attrs: { rel: 'sitemap', href: '/sitemap-index.xml' } },
		];
		const out = embedHead(head, {
			title: '借款成本计算器',
			canonical: 'https://s.example/zh-cn/tools/loan-cost/',
			lang: 'zh-CN',
			siteTitle: '明智借贷',
			delimiter: '|',
		});
		expect(out).toEqual([
			{ tag: 'title', content: '借款成本计算器 | 明智借贷' },
			{
				tag: 'link',
				attrs: { rel: 'canonical', href: 'https://s.example/zh-cn/tools/loan-cost/' },
			},
			{
				tag: 'meta',
				attrs: { property: 'og:url', content: 'https://s.example/zh-cn/tools/loan-cost/' },
			},
			{ tag: 'meta', attrs: { property: 'og:locale', content: 'zh-CN' } },
			{ tag: 'link', attrs: { rel: 'sitemap', href: '/sitemap-index.xml' } },
			{ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } },
		]);
	});
});
