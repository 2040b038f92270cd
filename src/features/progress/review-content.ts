// Build only: every lesson question of a locale, as the progress page's review needs it (review.ts).
import { render } from 'astro:content';
import { lessonId, lessonsOf } from '~/features/lesson/content';
import { keyOf } from '~/features/quiz/quiz';
import { quizItems } from '~/features/quiz/quiz-items';
import { base } from '~/site/base';
import { locales, type Locale } from '~/site/locales';
import type { ReviewQuestion } from './review';

/** The locale's lesson questions in course order, with the words to re-ask them and the section links. */
export async function reviewQuestions(
	locale: Locale,
	strings: Record<string, string>
): Promise<ReviewQuestion[]> {
	const number = new Intl.NumberFormat(locales[locale].lang, { maximumFractionDigits: 6 });
	const out: ReviewQuestion[] = [];
	for (const lesson of await lessonsOf(locale)) {
		const { headings } = await render(lesson);
		const items = quizItems(lesson.data.quiz ?? [], headings, {
			file: lesson.filePath ?? lesson.id,
			href: `${base}${lesson.id}/`,
			title: lesson.data.title,
		});
		for (const { question, sectionHref, sectionLabel } of items) {
			const shared = {
				id: question.id,
				lesson: lessonId(lesson),
				...(question.check && { check: `${lesson.data.module}/check` }),
				key: keyOf(question),
				prompt: question.prompt,
				explanation: question.explanation,
				href: sectionHref,
				sectionLabel,
			};
			switch (question.type) {
				case 'true-false':
					out.push({
						...shared,
						options: [true, false].map((value) => ({
							id: String(value),
							text: strings[value ? 'quiz.true' : 'quiz.false'] ?? String(value),
						})),
						rightAnswer: [strings[question.answer ? 'quiz.true' : 'quiz.false'] ?? ''],
						feedback: question.feedback,
					});
					break;
				case 'numeric':
					out.push({
						...shared,
						unit: question.unit,
						rightAnswer: [`${number.format(question.answer)} ${question.unit}`],
						feedback: question.feedback,
					});
					break;
				case 'ordering':
					out.push({
						...shared,
						steps: question.steps,
						rightAnswer: question.steps.map((s) => s.text),
						feedback: question.feedback,
					});
					break;
				default:
					out.push({
						...shared,
						...(question.type === 'scenario' && { scenario: question.scenario }),
						options: question.options.map(({ id, text, feedback }) => ({ id, text, feedback })),
						rightAnswer: question.options.filter((o) => o.correct).map((o) => o.text),
					});
			}
		}
	}
	return out;
}
