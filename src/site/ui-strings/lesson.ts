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

	// Module overview: the list of the module's lessons.
	'overview.lessons': z.string(),

	// Jurisdiction names, as tab labels and in lesson meta.
	'jurisdiction.cn': z.string(),
	'jurisdiction.us': z.string(),
	'jurisdiction.uk': z.string(),
	'jurisdiction.tw': z.string(),
	'jurisdiction.hk': z.string(),
	'jurisdiction.mx': z.string(),
	'jurisdiction.es': z.string(),

	// The place picker (src/features/place/): whose rules a page shows.
	'place.shownFor': z.string().includes('{{place}}'),
	'place.change': z.string(),
	/** Asked once, on a first lesson, where the locale does not assume a place. */
	'place.ask': z.string(),
	'place.unknown': z.string().includes('{{place}}'),
	'place.missing': z.string().includes('{{place}}').includes('{{shown}}'),
	'place.loading': z.string().includes('{{place}}'),
	'place.failed': z.string().includes('{{place}}'),
	'place.now': z.string().includes('{{place}}'),
	/** Title of a page's version for another place. */
	'place.pageTitle': z.string().includes('{{title}}').includes('{{place}}'),
};
