import { describe, expect, it } from 'vitest';
import { isLesson, pageSchema } from '~/features/lesson/schema';
import { validLesson as lesson } from '../fixtures';

function problems(data: unknown) {
	const result = pageSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('pageSchema', () => {
	it('accepts a complete lesson and parses its date', () => {
		const parsed = pageSchema.parse(lesson);
		expect(isLesson(parsed)).toBe(true);
		expect(parsed.lastReviewed).toEqual(new Date('2026-11-29'));
	});

	it('names each missing lesson field', () => {
		const { minutes: _m, sources: _s, ...rest } = lesson;
		expect(problems(rest)).toEqual([
			'minutes: A lesson needs `minutes`.',
			'sources: A lesson needs `sources`.',
		]);
	});

	it('names the field with a wrong value', () => {
		expect(problems({ ...lesson, module: 'loans' })[0]).toMatch(/^module: Invalid option/);
		expect(
			problems({ ...lesson, sources: [...lesson.sources, { title: 'A law', place: 'mars' }] })[0]
		).toMatch(/^sources\.\d+\.place: /);
		expect(problems({ ...lesson, objectives: [] })[0]).toMatch(/^objectives: /);
		expect(problems({ ...lesson, lastReviewed: 'someday' })[0]).toMatch(/^lastReviewed: /);
	});

	it('wants at least two sources', () => {
		expect(problems({ ...lesson, sources: [{ title: 'Civil Code, Art. 670' }] })[0]).toMatch(
			/^sources: /
		);
	});

	it('refuses sources that are not https or have unknown fields', () => {
		expect(
			problems({ ...lesson, sources: [{ title: 'A law', url: 'javascript:alert(1)' }] })[0]
		).toMatch(/^sources\.0\.url/);
		expect(problems({ ...lesson, sources: [{ title: 'A law', link: 'x' }] })[0]).toMatch(
			/^sources\.0/
		);
	});

	it('lets ordinary pages go without lesson fields, but an overview needs its module', () => {
		expect(problems({})).toEqual([]);
		expect(problems({ kind: 'overview' })).toEqual([
			'module: An overview page must name its module.',
		]);
		expect(problems({ kind: 'overview', module: 'rights' })).toEqual([]);
	});
});
