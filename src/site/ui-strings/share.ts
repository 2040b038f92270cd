import { z } from 'astro/zod';

// The share button (src/features/share/Share.astro, bw-share.ts).
// Build only (Zod); one group of the keys ui-strings-schema.ts merges into `uiStrings`.
export const shareStrings = {
	// Before the page's address, shown with or without JavaScript and on paper.
	'share.link': z.string(),
	// The button where the browser has a share sheet, and where it can only copy.
	'share.button': z.string(),
	'share.copy': z.string(),
	// Announced in the live region after sharing or copying.
	'share.shared': z.string(),
	'share.copied': z.string(),
	// The clipboard was refused: the address is shown selected in a read-only field, with this label.
	'share.copyFallback': z.string(),
	'share.field': z.string(),
};
