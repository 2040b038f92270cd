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
});

export type UiKey = keyof z.infer<typeof uiStrings>;
