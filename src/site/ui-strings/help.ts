import { z } from 'astro/zod';

// The help page (/<locale>/help/) and the links to it from lessons and the home page.
// Build only (Zod); one group of the keys ui-strings-schema.ts merges into `uiStrings`.
export const helpStrings = {
	// Section headings, in page order; the crisis section always comes first.
	'help.heading.crisis': z.string(),
	'help.heading.police': z.string(),
	'help.heading.legal-aid': z.string(),
	'help.heading.court-check': z.string(),
	'help.heading.complain-lender': z.string(),
	'help.heading.report-harassment': z.string(),
	'help.heading.report-fraud': z.string(),
	// Under the crisis heading, before the lines; also what to do where no line is listed.
	'help.crisis.text': z.string(),
	// Under the police heading.
	'help.police.text': z.string(),
	// How to check a court paper: four short steps.
	'help.courtCheck.step1': z.string(),
	'help.courtCheck.step2': z.string(),
	'help.courtCheck.step3': z.string(),
	'help.courtCheck.step4': z.string(),
	// Beside each line: when it was last checked, and where.
	'help.checked': z.string().includes('{{date}}'),
	'help.source': z.string(),
	'help.call': z.string(),
	// Place names as group headings on the help page.
	'help.place.cn': z.string(),
	'help.place.us': z.string(),
	'help.place.uk': z.string(),
	'help.place.tw': z.string(),
	'help.place.hk': z.string(),
	'help.place.mx': z.string(),
	'help.place.es': z.string(),
	// The line at the top of every rights and overdue lesson.
	'help.lessonLink': z.string(),
};
