// A size in the reader's words: whole kilobytes below a megabyte, megabytes to one decimal above.
// Pure: the words come in (`offline.kb`, `offline.mb`), the number is written the locale's way.
import { fill } from '~/site/strings';

export function sizeText(
	bytes: number,
	lang: string,
	words: { kb?: string | undefined; mb?: string | undefined }
): string {
	const kb = bytes / 1024;
	if (kb < 1000) {
		const n = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.max(1, kb));
		return fill(words.kb ?? '{{n}} KB', { n });
	}
	const n = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(kb / 1024);
	return fill(words.mb ?? '{{n}} MB', { n });
}
