import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { objectiveProblems, pageSchema } from '~/features/lesson/schema';
import { localeIds } from '../../../src/site/locales';

interface Item {
	id: string;
	objective?: number;
	answer?: unknown;
	options?: { id: string; correct?: boolean }[];
	steps?: { id: string }[];
}
interface Lesson {
	kind?: string;
	objectives?: string[];
	quiz?: Item[];
}

const docs = new URL('../../../content/docs/', import.meta.url);

/** Every lesson of a locale with a quiz, by its locale-free id. */
function lessons(locale: string): Map<string, Lesson> {
	const found = new Map<string, Lesson>();
	const files = readdirSync(new URL(`${locale}/`, docs), { recursive: true, encoding: 'utf8' });
	for (const file of files.filter((f) => f.endsWith('.mdx')).sort()) {
		const text = readFileSync(new URL(`${locale}/${file}`, docs), 'utf8');
		const data = yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Lesson;
		if (data.kind === 'lesson' && data.quiz) found.set(file.replace(/\.mdx$/, ''), data);
	}
	return found;
}

const byLocale = new Map(localeIds.map((locale) => [locale, lessons(locale)]));
const english = byLocale.get('en')!;

describe('objectives and quiz questions', () => {
	it('finds the lessons', () => {
		expect(english.size).toBeGreaterThanOrEqual(16);
	});

	for (const [locale, all] of byLocale) {
		it(`${locale}: every question names an objective of its lesson, and every objective has a question`, () => {
			const problems = [...all].flatMap(([id, lesson]) => {
				const quiz = lesson.quiz!;
				const missing = quiz.filter((q) => typeof q.objective !== 'number');
				if (missing.length)
					return missing.map((q) => `${id}: question \`${q.id}\` has no \`objective\``);
				return objectiveProblems(
					lesson.objectives ?? [],
					quiz as { id: string; objective: number }[]
				).map((p) => `${id}: ${p.message}`);
			});
			expect(problems).toEqual([]);
		});
	}

	for (const locale of localeIds.filter((l) => l !== 'en')) {
		it(`${locale} asks the same questions as en, for the same objectives, with the same answers`, () => {
			const shape = (all: Map<string, Lesson>) =>
				[...all].map(([id, lesson]) => ({
					id,
					objectives: lesson.objectives?.length,
					quiz: lesson.quiz!.map((q) => ({
						id: q.id,
						objective: q.objective,
						answer: q.answer,
						options: q.options?.map((o) => `${o.id}${o.correct ? '*' : ''}`),
						steps: q.steps?.map((s) => s.id),
					})),
				}));
			expect(shape(byLocale.get(locale)!)).toEqual(shape(english));
		});
	}
});

describe('objectiveProblems', () => {
	const objectives = ['Work out a rate.', 'Compare two offers.'];

	it('accepts a quiz that checks every objective', () => {
		expect(
			objectiveProblems(objectives, [
				{ id: 'a', objective: 1 },
				{ id: 'b', objective: 2 },
			])
		).toEqual([]);
	});

	it('names an objective no question checks', () => {
		expect(objectiveProblems(objectives, [{ id: 'a', objective: 1 }])).toEqual([
			{
				path: ['objectives', 1],
				message: 'objective 2 (“Compare two offers.”) has no question; add one with `objective: 2`',
			},
		]);
	});

	it('names a question pointing past the objectives', () => {
		expect(
			objectiveProblems(objectives, [
				{ id: 'a', objective: 1 },
				{ id: 'b', objective: 2 },
				{ id: 'c', objective: 3 },
			])
		).toEqual([
			{
				path: ['quiz', 2, 'objective'],
				message: 'question `c`: `objective: 3` points past the 2 objectives',
			},
		]);
	});

	it('stops a lesson whose quiz leaves an objective out, or has a question without one', () => {
		const lesson = {
			kind: 'lesson',
			module: 'borrowing',
			order: 1,
			minutes: 5,
			objectives,
			lastReviewed: '2026-12-06',
			sources: [{ title: 'Civil Code, Art. 670' }, { title: 'Another source' }],
		};
		const question = {
			id: 'a',
			type: 'true-false',
			prompt: 'A statement.',
			section: 'a-heading',
			explanation: 'Why.',
			answer: true,
			feedback: { right: 'Yes.', wrong: 'No.' },
		};
		const messages = (quiz: unknown[]) => {
			const result = pageSchema.safeParse({ ...lesson, quiz });
			return result.success ? [] : result.error.issues.map((i) => i.message);
		};
		expect(messages([{ ...question, objective: 1 }])).toEqual([
			'objective 2 (“Compare two offers.”) has no question; add one with `objective: 2`',
		]);
		expect(messages([question])).toEqual(['question `a`: `objective` is missing']);
		expect(
			messages([
				{ ...question, objective: 1 },
				{ ...question, id: 'b', objective: 2 },
			])
		).toEqual([]);
	});
});
