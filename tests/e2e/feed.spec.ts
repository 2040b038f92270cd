import { readFileSync } from 'node:fs';
import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { localeIds, modules } from '../../src/site/locales';
import { expect, sitemapPaths, test } from './support/test';

const schema = JSON.parse(
	readFileSync(new URL('../../public/api/lessons.schema.json', import.meta.url), 'utf8')
);
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

test('each locale publishes a lesson feed that matches its schema and its pages', async ({
	request,
}) => {
	const ids: Record<string, string[]> = {};
	for (const locale of localeIds) {
		const response = await request.get(`api/lessons.${locale}.json`);
		expect(response.ok()).toBe(true);
		expect(response.headers()['content-type']).toContain('application/json');
		const feed = await response.json();
		expect(validate(feed), ajv.errorsText(validate.errors)).toBe(true);
		expect(feed.locale).toBe(locale);
		ids[locale] = feed.lessons.map((l: { id: string }) => l.id);
		// Every lesson page of the locale is in the feed, and every feed URL is a page of the site. A
		// module folder also holds its check and pages that are not lessons (`kind: page`).
		const lessonPages = sitemapPaths().filter(
			(p) =>
				new RegExp(`^${locale}/(${modules.join('|')})/[^/]+/$`).test(p) &&
				/^kind: lesson$/m.test(
					readFileSync(new URL(`../../content/docs/${p.slice(0, -1)}.mdx`, import.meta.url), 'utf8')
				)
		);
		expect(ids[locale]!.map((id) => `${locale}/${id}/`).sort()).toEqual(lessonPages.sort());
		for (const lesson of feed.lessons) {
			const { pathname } = new URL(lesson.url);
			expect((await request.get(pathname.slice(1))).status(), lesson.url).toBe(200);
		}
	}
	// The same lessons, by the same ids, in every locale.
	for (const locale of localeIds) expect(ids[locale]).toEqual(ids['en']);
});

test('the schema is published beside the feeds', async ({ request }) => {
	const response = await request.get('api/lessons.schema.json');
	expect(response.ok()).toBe(true);
	expect((await response.json()).title).toBe(schema.title);
});
