// Build-time glue between a page and its quiz: where each question's "read more" link points.
import type { Question } from './schema';

/** The questions a reader shown `place`'s rules is asked: every place-neutral one, and that place's. */
export function questionsFor<Q extends { place?: string | undefined }>(
	questions: readonly Q[],
	place: string | undefined
): Q[] {
	return questions.filter((question) => !question.place || question.place === place);
}

/** A question ready to render, with the lesson section that teaches it. */
export interface QuizItem {
	question: Question;
	/** Link to the section: `#slug` on the lesson itself, the lesson's URL plus `#slug` elsewhere. */
	sectionHref: string;
	/** The section's heading text (on a module check, after the lesson title). */
	sectionLabel: string;
}

interface Heading {
	slug: string;
	text: string;
}

/**
 * Pairs questions with their sections; a `section` that is not a heading of the lesson stops the build,
 * since the link would lead nowhere (headings are slugged per locale, so each translation names its own).
 */
export function quizItems(
	questions: readonly Question[],
	headings: readonly Heading[],
	lesson: { file: string; href?: string; title?: string }
): QuizItem[] {
	return questions.map((question) => {
		const heading = headings.find((h) => h.slug === question.section);
		if (!heading) {
			const known = headings.map((h) => h.slug).join(', ');
			throw new Error(
				`${lesson.file}: question \`${question.id}\`: section \`${question.section}\` is not a heading id in this lesson (headings: ${known}).`
			);
		}
		return {
			question,
			sectionHref: `${lesson.href ?? ''}#${heading.slug}`,
			sectionLabel: lesson.title ? `${lesson.title}: ${heading.text}` : heading.text,
		};
	});
}

/** Stops the build when two lessons of a module check share a question id (ids must be unique on a page). */
export function assertUniqueIds(items: readonly QuizItem[], where: string): void {
	const seen = new Set<string>();
	for (const { question } of items) {
		if (seen.has(question.id))
			throw new Error(
				`${where}: question \`${question.id}\` appears in more than one lesson of this module.`
			);
		seen.add(question.id);
	}
}
