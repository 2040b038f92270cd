// Moodle GIFT export of quiz questions: pure, so the endpoint and the unit tests share it.
// Format reference: Moodle's importer, question/format/gift/format.php (qformat_gift::readquestion).
import type { Question } from '../quiz/schema';

/**
 * Escapes text for GIFT: a backslash first (so later escapes stay single), then the characters GIFT
 * reads as syntax (`~ = # { } :`), and line breaks as `\n`, which the importer turns back into newlines.
 */
export function giftEscape(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/[~=#{}:]/g, (c) => `\\${c}`)
		.replace(/\r?\n/g, '\\n');
}

/** HTML-escapes text; questions are exported in `[html]` format so `<`, `&` and `->` cannot be misread. */
export function htmlEscape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text as it goes into a GIFT field: HTML-escaped, then GIFT-escaped. */
const field = (text: string) => giftEscape(htmlEscape(text));

/**
 * Percent weight of each right option of a multiple-answer question, from the values Moodle offers
 * (100, 50, 33.33333, 25, 20, 16.66667, 14.28571, 12.5…), so the right ones add up to 100%.
 */
export function partialWeight(rightCount: number): string {
	return String(Math.round((100 / rightCount) * 1e5) / 1e5);
}

/** Strings an export needs in the reader's language. */
export interface GiftStrings {
	/** Added to an ordering question, which GIFT exports as matching: how to answer it. */
	orderingNote: string;
}

/**
 * One question in GIFT. Mapping (GIFT has no ordering type, see README "Quiz export"):
 * - single, scenario → multiple choice `{=right#feedback ~wrong#feedback}`; the scenario is the first paragraph
 * - multiple → multiple answer: each right option `~%100/n%`, each wrong one `~%-100%` (no `=`, so Moodle shows checkboxes)
 * - true-false → `{TRUE#feedback if wrong#feedback if right}`
 * - numeric → `{#=answer:tolerance#right ~#wrong}`; the unit goes after the prompt
 * - ordering → matching: each step → its position (1 = first), with a note saying so; GIFT matching has no
 *   per-answer feedback, so the right/wrong texts are left out and the explanation is the general feedback
 * Every question ends with the explanation as general feedback (`####`).
 */
export function giftQuestion(question: Question, title: string, strings: GiftStrings): string {
	const general = `\t####${field(question.explanation)}\n`;
	const name = `::${giftEscape(title)}::[html]`;
	const prompt = `<p>${htmlEscape(question.prompt)}</p>`;
	switch (question.type) {
		case 'single':
		case 'scenario': {
			const scenario =
				question.type === 'scenario' ? `<p>${htmlEscape(question.scenario)}</p>` : '';
			const options = question.options
				.map((o) => `\t${o.correct ? '=' : '~'}${field(o.text)}#${field(o.feedback)}\n`)
				.join('');
			return `${name}${giftEscape(scenario + prompt)}{\n${options}${general}}\n`;
		}
		case 'multiple': {
			const weight = partialWeight(question.options.filter((o) => o.correct).length);
			const options = question.options
				.map((o) => `\t~%${o.correct ? weight : '-100'}%${field(o.text)}#${field(o.feedback)}\n`)
				.join('');
			return `${name}${giftEscape(prompt)}{\n${options}${general}}\n`;
		}
		case 'true-false':
			return `${name}${giftEscape(prompt)}{${question.answer ? 'TRUE' : 'FALSE'}#${field(question.feedback.wrong)}#${field(question.feedback.right)}\n${general}}\n`;
		case 'numeric': {
			const text = `<p>${htmlEscape(`${question.prompt} (${question.unit})`)}</p>`;
			return (
				`${name}${giftEscape(text)}{#\n` +
				`\t=%100%${question.answer}:${question.tolerance}#${field(question.feedback.right)}\n` +
				`\t~#${field(question.feedback.wrong)}\n${general}}\n`
			);
		}
		case 'ordering': {
			const text = `${prompt}<p>${htmlEscape(strings.orderingNote)}</p>`;
			const pairs = question.steps.map((s, i) => `\t=${field(s.text)} -> ${i + 1}\n`).join('');
			return `${name}${giftEscape(text)}{\n${pairs}${general}}\n`;
		}
	}
}

/** A lesson's questions with where they came from, for titles and comments. */
export interface GiftLesson {
	/** Lesson slug within its module, e.g. `true-cost-of-a-loan`; question titles are `<slug>/<question id>`. */
	slug: string;
	title: string;
	url: string;
	questions: readonly Question[];
}

/** A module's questions as one GIFT file, under the category `Borrow Wisely/<module>`. */
export function giftModule(
	module: string,
	heading: string,
	lessons: readonly GiftLesson[],
	strings: GiftStrings
): string {
	const parts = [
		`// ${heading.replace(/\n/g, ' ')}\n// Generated from the lessons' quiz data; see the lesson URLs below.\n$CATEGORY: Borrow Wisely/${module}\n`,
	];
	for (const lesson of lessons) {
		for (const question of lesson.questions) {
			parts.push(
				`// ${lesson.title.replace(/\n/g, ' ')} — ${lesson.url}#q-${question.id}\n${giftQuestion(question, `${lesson.slug}/${question.id}`, strings)}`
			);
		}
	}
	return parts.join('\n');
}
