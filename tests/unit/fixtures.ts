/** Shared test data for the unit tests. */

/** A lesson's frontmatter that the page schema accepts as it is. */
export const validLesson = {
	kind: 'lesson',
	module: 'borrowing',
	order: 2,
	minutes: 10,
	objectives: ['Turn a monthly rate into an annual one.'],
	keywords: ['APR'],
	lastReviewed: '2026-11-29',
	sources: [{ title: 'Civil Code, Art. 670' }, { title: 'PBOC Announcement [2021] No. 3' }],
};
