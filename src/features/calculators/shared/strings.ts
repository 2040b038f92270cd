import { base } from '../../../site/base';
/** The `tools.*` UI strings (a group is a key or a key prefix: `error`, `fixForm`) a tool's browser code needs, without the `tools.` prefix, as JSON for a data-* attribute. */
export function toolStrings(all: Record<string, unknown>, groups: readonly string[]): string {
	const wanted = (key: string) =>
		groups.some((g) => key === `tools.${g}` || key.startsWith(`tools.${g}.`));
	return JSON.stringify(
		Object.fromEntries(
			Object.entries(all)
				.filter(([key, value]) => wanted(key) && typeof value === 'string')
				.map(([key, value]) => [key.slice('tools.'.length), value])
		)
	);
}

/** Every `tools.*` UI string of one locale, without the prefix: what `/<locale>/tools/strings.json` serves. */
export function allToolStrings(all: Record<string, unknown>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(all)
			.filter(
				(entry): entry is [string, string] =>
					entry[0].startsWith('tools.') && typeof entry[1] === 'string'
			)
			.map(([key, value]) => [key.slice('tools.'.length), value])
	);
}

/**
 * A calculator's words as attributes: in the HTML (`data-strings`) on a tool page, or, inside a lesson
 * (`embedded`), the address of its locale's strings file (`data-strings-src`), fetched with the code.
 */
export function toolStringsAttrs(
	all: Record<string, unknown>,
	groups: readonly string[],
	embedded: boolean,
	locale: string | undefined
) {
	return embedded && locale
		? { 'data-strings-src': `${base}${locale}/tools/strings.json` }
		: { 'data-strings': toolStrings(all, groups) };
}
