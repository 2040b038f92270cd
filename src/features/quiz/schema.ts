import { z } from 'astro/zod';
import { places } from '../place/places';

/** Question types a quiz can ask, as written in `type:`. */
export const questionTypes = [
	'single',
	'multiple',
	'true-false',
	'scenario',
	'ordering',
	'numeric',
] as const;

/** Stable ids: the same in every locale, so progress and deep links survive a language switch. */
const id = z
	.string()
	.max(64)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens');

const option = z.strictObject({
	/** Stable option id, unique within its question and the same in every locale. */
	id,
	/** What the learner reads next to the control. */
	text: z.string().min(1),
	/** Marks a right answer. */
	correct: z.boolean().default(false),
	/** Why this option is right or wrong; shown when the learner picks it. */
	feedback: z.string().min(1),
});

/** Feedback for questions without options of their own: one text for a right answer, one for a wrong one. */
const verdictFeedback = z.strictObject({
	/** Shown after a right answer. */
	right: z.string().min(1),
	/** Shown after a wrong answer. */
	wrong: z.string().min(1),
});

const step = z.strictObject({
	/** Stable step id, unique within its question. */
	id,
	/** The step as the learner reads it. */
	text: z.string().min(1),
});

const common = {
	/** Stable question id, unique within the lesson and the same in every locale; the deep link is `#q-<id>`. */
	id,
	/** The question as the learner reads it. */
	prompt: z.string().min(1),
	/** Why the answer is what it is; shown after answering and in the no-JavaScript answer. */
	explanation: z.string().min(1),
	/** Heading id (slug) of the lesson section that teaches this, without `#`. */
	section: z
		.string()
		.min(1)
		.regex(/^[^#\s]+$/, 'a heading id without `#` or spaces'),
	/** Include this question in its module's check; on by default. */
	check: z.boolean().default(true),
	/** Which of the lesson's `objectives` this question checks: 1 for the first. Every objective needs one. */
	objective: z.number().int().positive(),
	/**
	 * The place whose rule the question asks about: it is asked only of readers shown that place's rules.
	 * Leave it out for a question every reader can answer wherever they live.
	 */
	place: z.enum(places).optional(),
};

const choice = {
	...common,
	/** The choices, in authored order (the browser shuffles them). */ options: z
		.array(option)
		.min(2)
		.max(8),
};

const questionSchema = z.discriminatedUnion('type', [
	z.strictObject({ ...choice, /** One right option. */ type: z.literal('single') }),
	z.strictObject({
		...choice,
		/** One or more right options; the learner picks all that apply. */ type: z.literal('multiple'),
	}),
	z.strictObject({
		...choice,
		/** A short situation, then a single choice. */
		type: z.literal('scenario'),
		/** The situation the learner reads before the question. */
		scenario: z.string().min(1),
	}),
	z.strictObject({
		...common,
		/** A statement the learner marks true or false. */
		type: z.literal('true-false'),
		/** Whether the statement in `prompt` is true. */
		answer: z.boolean(),
		feedback: verdictFeedback,
	}),
	z.strictObject({
		...common,
		/** Steps the learner puts in order. */
		type: z.literal('ordering'),
		/** The steps in their right order (the page shows them mixed up). */
		steps: z.array(step).min(3).max(8),
		feedback: verdictFeedback,
	}),
	z.strictObject({
		...common,
		/** A number the learner types. */
		type: z.literal('numeric'),
		/** The right number. */
		answer: z.number(),
		/** How far from `answer` still counts as right, in the same unit. */
		tolerance: z.number().nonnegative(),
		/** Unit shown next to the input, e.g. `%` or `¥`. */
		unit: z.string().min(1).max(16),
		feedback: verdictFeedback,
	}),
]);

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type ChoiceQuestion = Extract<Question, { options: unknown }>;

const typeName: Record<QuestionType, string> = {
	single: 'single-choice',
	multiple: 'multiple-select',
	scenario: 'scenario',
	'true-false': 'true/false',
	ordering: 'ordering',
	numeric: 'numeric',
};

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What is wrong with one well-formed question's content, as messages without the question prefix. */
function questionProblems(question: Question): { path: (string | number)[]; message: string }[] {
	const problems: { path: (string | number)[]; message: string }[] = [];
	const items =
		'options' in question ? question.options : question.type === 'ordering' ? question.steps : [];
	const field = 'options' in question ? 'options' : 'steps';
	const seen = new Set<string>();
	items.forEach((item, index) => {
		if (seen.has(item.id))
			problems.push({
				path: [field, index, 'id'],
				message: `${field.slice(0, -1)} id \`${item.id}\` is used twice`,
			});
		seen.add(item.id);
	});
	if ('options' in question) {
		const correct = question.options.filter((o) => o.correct).length;
		if (correct === 0)
			problems.push({
				path: ['options'],
				message: `${typeName[question.type]} question has no correct option`,
			});
		else if (question.type !== 'multiple' && correct > 1) {
			problems.push({
				path: ['options'],
				message: `${typeName[question.type]} question has ${plural(correct, 'correct option')}`,
			});
		}
	}
	return problems;
}

/**
 * A lesson's quiz: a list of questions. Every message names the question id, so an author can find the
 * question among the file's others (Astro names the file).
 */
export const quizSchema = z
	.array(z.unknown())
	.min(1)
	.transform((raw, ctx): Question[] => {
		const questions: Question[] = [];
		const ids = new Set<string>();
		raw.forEach((item, index) => {
			const record =
				typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
			const name =
				typeof record['id'] === 'string'
					? `question \`${record['id']}\``
					: `question ${index + 1} (no id)`;
			const fail = (path: PropertyKey[], message: string) =>
				ctx.addIssue({ code: 'custom', path: [index, ...path], message: `${name}: ${message}` });

			if (!(questionTypes as readonly unknown[]).includes(record['type'])) {
				const given =
					record['type'] === undefined ? 'no `type`' : `unknown type \`${String(record['type'])}\``;
				fail(['type'], `${given}; use one of ${questionTypes.join(', ')}`);
				return;
			}
			const parsed = questionSchema.safeParse(item);
			if (!parsed.success) {
				for (const issue of parsed.error.issues) {
					const field = issue.path.join('.');
					const missing = issue.code === 'invalid_type' && issue.input === undefined;
					fail(
						issue.path,
						missing ? `\`${field}\` is missing` : `\`${field || 'question'}\`: ${issue.message}`
					);
				}
				return;
			}
			const question = parsed.data;
			if (ids.has(question.id))
				fail(['id'], 'this id is used by another question in the same quiz');
			ids.add(question.id);
			for (const problem of questionProblems(question)) fail(problem.path, problem.message);
			questions.push(question);
		});
		return questions;
	});
