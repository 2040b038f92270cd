import { z } from 'astro/zod';
import { modules } from '../../site/locales';
import { quizSchema } from '../quiz/schema';
import { places } from '../place/places';
import { source as sharedSource } from '../../site/schema';

/** A source; one that backs a single place's rules names it, and shows only with that place's rules. */
const source = sharedSource.extend({ place: z.enum(places).optional() });

/** Fields every lesson must carry; a page with `kind: lesson` is checked against all of them. */
const lessonFields = {
	/** Module the lesson belongs to; also its folder. */
	module: z.enum(modules),
	/** Position within the module, from 1. */
	order: z.number().int().positive(),
	/** Honest reading time in minutes, quiz included. */
	minutes: z.number().int().min(1).max(60),
	/** What the reader can do after the lesson; shown above the content. */
	objectives: z.array(z.string().min(3)).min(1),
	/** Search synonyms and everyday words the lesson may not use; indexed, never shown. */
	keywords: z.array(z.string().min(1)).default([]),
	/** Day a person last checked the lesson against its sources (YYYY-MM-DD). */
	lastReviewed: z.coerce.date(),
	/** Laws, rules and publications the lesson relies on; at least two. */
	sources: z.array(source).min(2),
};

const lessonSchema = z.object(lessonFields);

/** Frontmatter we add to Starlight's docs schema. */
export const pageSchema = z
	.object({
		/** `lesson` needs every lesson field; `overview` opens a module; `check` ends one with a quiz drawn from its lessons; `page` is anything else. */
		kind: z.enum(['lesson', 'overview', 'check', 'page']).default('page'),
		module: lessonFields.module.optional(),
		order: lessonFields.order.optional(),
		minutes: lessonFields.minutes.optional(),
		objectives: lessonFields.objectives.optional(),
		keywords: lessonFields.keywords,
		lastReviewed: lessonFields.lastReviewed.optional(),
		sources: lessonFields.sources.optional(),
		/** The lesson's quiz, shown at the end of the lesson (see src/features/quiz/schema.ts). */
		quiz: quizSchema.optional(),
		/**
		 * The places of a page whose rules come from a tool's data rather than <Place> blocks (the
		 * home-visit check): it shows one and has a version for each other, like a lesson.
		 */
		places: z.array(z.enum(places)).min(2).optional(),
	})
	.superRefine((data, ctx) => {
		if (data.kind === 'overview' && data.module === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['module'],
				message: 'An overview page must name its module.',
			});
		}
		if (data.kind === 'check' && data.module === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['module'],
				message: 'A module check must name its module.',
			});
		}
		if (data.kind !== 'lesson' && data.quiz !== undefined) {
			const message =
				data.kind === 'check'
					? "A module check draws its questions from the module's lessons; remove `quiz`."
					: 'Only a lesson can have a `quiz`.';
			ctx.addIssue({ code: 'custom', path: ['quiz'], message });
		}
		if (data.kind !== 'lesson') return;
		const parsed = lessonSchema.safeParse(data);
		if (parsed.success) {
			for (const problem of objectiveProblems(parsed.data.objectives, data.quiz ?? []))
				ctx.addIssue({ code: 'custom', ...problem });
			return;
		}
		for (const issue of parsed.error.issues) {
			const field = issue.path.join('.');
			const missing = issue.code === 'invalid_type' && issue.input === undefined;
			ctx.addIssue({
				code: 'custom',
				path: issue.path,
				message: missing ? `A lesson needs \`${field}\`.` : `\`${field}\`: ${issue.message}`,
			});
		}
	});

/**
 * Where a lesson's quiz and its objectives disagree: a question pointing past the list, or an objective
 * no question checks (a lesson promises what its quiz then never asks).
 */
export function objectiveProblems(
	objectives: readonly string[],
	quiz: readonly { id: string; objective: number }[]
): { path: (string | number)[]; message: string }[] {
	const problems: { path: (string | number)[]; message: string }[] = [];
	quiz.forEach((question, index) => {
		if (question.objective > objectives.length)
			problems.push({
				path: ['quiz', index, 'objective'],
				message: `question \`${question.id}\`: \`objective: ${question.objective}\` points past the ${objectives.length} objectives`,
			});
	});
	objectives.forEach((objective, index) => {
		if (quiz.length > 0 && !quiz.some((question) => question.objective === index + 1))
			problems.push({
				path: ['objectives', index],
				message: `objective ${index + 1} (“${objective}”) has no question; add one with \`objective: ${index + 1}\``,
			});
	});
	return problems;
}

export type Source = z.infer<typeof source>;
export type LessonData = z.infer<typeof lessonSchema> & { kind: 'lesson' };
export type PageData = z.infer<typeof pageSchema>;

/** Narrows page frontmatter to a lesson. */
export function isLesson(data: PageData): data is PageData & LessonData {
	return data.kind === 'lesson';
}
