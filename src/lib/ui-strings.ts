import { z } from 'astro/zod';

// Every key is required, so a locale file that misses one stops the build.
export const uiStrings = z.object({
	// Site-wide: the tagline under the title on the language chooser and home pages.
	'site.tagline': z.string(),
	'site.chooseLanguage': z.string(),

	// Module names: sidebar group labels and lesson badges.
	'module.borrowing': z.string(),
	'module.overdue': z.string(),
	'module.rights': z.string(),
	'module.budgeting': z.string(),

	// Lesson frame: shown above and below every lesson.
	'lesson.minutes': z.string().includes('{{count}}'),
	'lesson.objectives': z.string(),
	'lesson.sources': z.string(),
	'lesson.lastReviewed': z.string().includes('{{date}}'),
	'lesson.notLegalAdvice': z.string(),
	'lesson.jurisdictions': z.string(),

	// Search: the name of the module filter in the search dialog.
	'search.moduleFilter': z.string(),

	// Module overview: the list of the module's lessons.
	'overview.lessons': z.string(),

	// Jurisdiction names, as tab labels and in lesson meta.
	'jurisdiction.cn': z.string(),
	'jurisdiction.us': z.string(),
	'jurisdiction.uk': z.string(),
	'jurisdiction.tw': z.string(),
	'jurisdiction.hk': z.string(),

	// Quiz: the lesson quiz and the module check. Placeholders are filled in the build or in src/scripts/quiz.ts.
	'quiz.heading': z.string(),
	'quiz.intro': z.string().includes('{{total}}').includes('{{needed}}'),
	'quiz.checkIntro': z.string().includes('{{total}}').includes('{{needed}}'),
	'quiz.questionNumber': z.string().includes('{{number}}').includes('{{total}}'),
	'quiz.multipleHint': z.string(),
	'quiz.orderingHint': z.string(),
	'quiz.true': z.string(),
	'quiz.false': z.string(),
	'quiz.yourAnswer': z.string(),
	'quiz.checkAnswer': z.string(),
	'quiz.moveUp': z.string().includes('{{step}}'),
	'quiz.moveDown': z.string().includes('{{step}}'),
	'quiz.moved': z.string().includes('{{step}}').includes('{{position}}').includes('{{total}}'),
	'quiz.right': z.string(),
	'quiz.wrong': z.string(),
	'quiz.rightAnswer': z.string(),
	'quiz.readMore': z.string(),
	'quiz.showAnswer': z.string(),
	'quiz.needAnswer': z.string(),
	'quiz.needNumber': z.string(),
	'quiz.score': z.string().includes('{{correct}}').includes('{{total}}'),
	'quiz.passed': z.string(),
	'quiz.notPassed': z.string().includes('{{needed}}'),
	'quiz.tryAgain': z.string(),

	// Progress: the visually hidden word after a passed lesson's link in the sidebar and module overview.
	'progress.completed': z.string(),
});

export type UiKey = keyof z.infer<typeof uiStrings>;
