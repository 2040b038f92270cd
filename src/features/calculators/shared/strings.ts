import { base } from '~/site/base';
import { browserStrings } from '~/site/strings';

/**
 * A calculator's words as attributes: in the HTML (`data-strings`, the `tools.*` keys or key prefixes
 * it needs, full keys kept) on a tool page, or, inside a lesson (`embedded`), the address of its
 * locale's strings file (`data-strings-src`), fetched with the code by lazy-calculators.ts.
 */
export function toolStringsAttrs(
	all: Record<string, unknown>,
	keys: readonly `tools.${string}`[],
	embedded: boolean,
	locale: string | undefined
) {
	return embedded && locale
		? { 'data-strings-src': `${base}${locale}/tools/strings.json` }
		: { 'data-strings': browserStrings(all, keys) };
}
