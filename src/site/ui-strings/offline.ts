import { z } from 'astro/zod';

// Offline copies (src/features/offline/): the save box on module overviews and the tools hub, the
// offline page's list, the line the offline worker puts on pages it serves from the device, the search
// dialog's note, and the app's short name on a home screen.
// Build only (Zod); one group of the keys ui-strings-schema.ts merges into `uiStrings`.
const text = z.string();
export const offlineStrings = {
	// The save box: what it keeps, what it costs, its two buttons and what it says as it works.
	'offline.save': text,
	'offline.saveModule': text,
	'offline.saveTools': text,
	'offline.download': text.includes('{{size}}'),
	'offline.saving': text,
	'offline.progress': text.includes('{{done}}').includes('{{total}}'),
	'offline.saved': text.includes('{{size}}'),
	'offline.remove': text,
	'offline.removed': text.includes('{{size}}'),
	'offline.failed': text,
	'offline.newVersion': text,
	// Sizes, with the number already written the locale's way.
	'offline.kb': text.includes('{{n}}'),
	'offline.mb': text.includes('{{n}}'),
	// Put by the worker on a page it serves from the device; the second on the offline page it serves
	// in place of a page that is not saved. Baked into the worker at build.
	'offline.line': text,
	'offline.seeSaved': text,
	'offline.notSaved': text,
	// In the search dialog when there is no connection (search is not kept offline).
	'offline.searchNeedsConnection': text,
	// The offline page's list of what is kept.
	'offline.savedModules': text,
	'offline.savedPages': text,
	'offline.nothing': text,
	'offline.total': text.includes('{{size}}'),
	'offline.unsupported': text,
	// The web app manifest's short_name: the label under the icon on a home screen (about 12 characters).
	'offline.appShortName': text,
};
