import { describe, expect, it } from 'vitest';
import { inModule } from '../../../src/site/locales';

describe('inModule', () => {
	it('is true of the pages in a module’s folder: lessons, the check, a page beside them', () => {
		for (const id of [
			'en/rights/home-visits',
			'zh-tw/rights/for-family-and-contacts',
			'es/overdue/check',
		])
			expect(inModule(id), id).toBe(true);
	});
	it('is false of a module’s overview and of pages outside modules', () => {
		for (const id of [
			'en/rights',
			'en/tools/loan-cost',
			'en/educators/rights',
			'en/glossary',
			'en',
		])
			expect(inModule(id), id).toBe(false);
	});
});
