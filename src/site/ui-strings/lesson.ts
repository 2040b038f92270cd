import { z } from 'astro/zod';

// The lesson frame, module overviews and jurisdiction names.
// Build only (Zod); one group of the keys ui-strings-schema.ts merges into `uiStrings`.
export const lessonStrings = {
	// Lesson frame: shown above and below every lesson.
	'lesson.minutes': z.string().includes('{{count}}'),
	'lesson.objectives': z.string(),
	'lesson.sources': z.string(),
	'lesson.lastReviewed': z.string().includes('{{date}}'),
	'lesson.notLegalAdvice': z.string(),
	'lesson.jurisdictions': z.string(),

	// Module overview: the list of the module's lessons.
	'overview.lessons': z.string(),

	// Jurisdiction names, as tab labels and in lesson meta.
	'jurisdiction.cn': z.string(),
	'jurisdiction.us': z.string(),
	'jurisdiction.uk': z.string(),
	'jurisdiction.tw': z.string(),
	'jurisdiction.hk': z.string(),
};
