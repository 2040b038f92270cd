// The content rules of places: every page's places are sourced, and zh-tw says ¥ only in mainland rules.
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { placesOn } from '~/features/place/content';
import { localeIds } from '../../../src/site/locales';

const docs = new URL('../../../content/docs/', import.meta.url);

interface Page {
	file: string;
	data: { sources?: { place?: string }[]; quiz?: { id: string; place?: string }[] };
	body: string;
}

function pages(locale: string): Page[] {
	const files = readdirSync(new URL(`${locale}/`, docs), { recursive: true, encoding: 'utf8' });
	return files
		.filter((f) => f.endsWith('.mdx'))
		.sort()
		.map((file) => {
			const text = readFileSync(new URL(`${locale}/${file}`, docs), 'utf8');
			const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
			return { file: `${locale}/${file}`, data: (yaml.load(front) ?? {}) as Page['data'], body };
		});
}

const all = localeIds.flatMap(pages);

describe('rules by place', () => {
	it('are on the lessons of every locale', () => {
		for (const locale of localeIds)
			expect(
				all.filter((p) => p.file.startsWith(`${locale}/`) && placesOn(p.body).length > 1).length
			).toBeGreaterThan(10);
	});

	it('give each place on a page at least one source of its own', () => {
		const missing = all.flatMap((page) =>
			page.data.sources === undefined
				? []
				: placesOn(page.body)
						.filter((place) => !page.data.sources!.some((s) => s.place === place))
						.map(
							(place) =>
								`${page.file}: <Place id="${place}"> has no source with \`place: ${place}\``
						)
		);
		expect(missing).toEqual([]);
	});

	it('ask a question about a place only on a page that has that place’s rules', () => {
		const stray = all.flatMap((page) =>
			(page.data.quiz ?? [])
				.filter((q) => q.place && !placesOn(page.body).includes(q.place as never))
				.map(
					(q) =>
						`${page.file}: question ${q.id} is about ${q.place}, which the page has no rules for`
				)
		);
		expect(stray).toEqual([]);
	});
});

/** The text of a page outside its mainland-China sections. */
function outsideMainland(body: string): string {
	return body.replace(/<Place id="cn">[\s\S]*?<\/Place>/g, '');
}

describe('the Traditional Chinese pages', () => {
	it('state no yuan amounts outside mainland-China rules, sources and questions', () => {
		const yuan = /.{0,20}(?:¥|人民幣).{0,20}/g;
		const hits = pages('zh-tw').flatMap((page) => {
			const { quiz = [], sources = [], ...rest } = page.data;
			const texts = [
				outsideMainland(page.body),
				JSON.stringify(rest),
				...quiz.filter((q) => q.place !== 'cn').map((q) => JSON.stringify(q)),
				...sources.filter((s) => s.place !== 'cn').map((s) => JSON.stringify(s)),
			];
			return texts.flatMap((text) => [...text.matchAll(yuan)].map((m) => `${page.file}: ${m[0]}`));
		});
		expect(hits).toEqual([]);
	});
});
