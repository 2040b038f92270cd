import { z } from 'astro/zod';

// Site-wide strings: the chooser's tagline, module names, the search filter, the embed header.
// Build only (Zod); one group of the keys ui-strings-schema.ts merges into `uiStrings`.
export const siteStrings = {
	// Site-wide: the tagline under the title on the language chooser and home pages.
	'site.tagline': z.string(),
	'site.chooseLanguage': z.string(),

	// Module names: sidebar group labels and lesson badges.
	'module.borrowing': z.string(),
	'module.overdue': z.string(),
	'module.rights': z.string(),
	'module.budgeting': z.string(),

	// Search: the name of the module filter in the search dialog.
	'search.moduleFilter': z.string(),

	// The embed view's header (src/features/embed/EmbedHeader.astro).
	'embed.open': z.string(),
	'embed.newTab': z.string(),
};
