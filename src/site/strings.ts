// The one strings pipeline from the build to the browser. A component hands its element the UI
// strings it needs as JSON in `data-strings`, keyed by their full i18n keys (`tools.fixForm`,
// `myprogress.exported`); the element reads them back typed by those keys. Placeholders are
// `{{name}}` everywhere, filled by `fill()`. Browser-safe: the schema is imported for its type only.
import type { UiKey } from './ui-strings-schema';

/** UI strings by key; `K` narrows the keys a component sends and its element may read. */
export type Strings<K extends string = UiKey> = { readonly [P in K]?: string };

/** `{{name}}` in `template` replaced by `values.name`; a placeholder without a value becomes ''. */
export function fill(
	template: string | undefined,
	values: Record<string, string | number>
): string {
	return (template ?? '').replace(/\{\{(\w+)\}\}/g, (_, key: string) =>
		Object.hasOwn(values, key) ? String(values[key]) : ''
	);
}

/** The string keys of `all` that are `prefixes` or start with one of them plus a dot. */
function pick(all: Record<string, unknown>, prefixes: readonly string[]): Record<string, string> {
	const wanted = (key: string) => prefixes.some((p) => key === p || key.startsWith(`${p}.`));
	return Object.fromEntries(
		Object.entries(all).filter(
			(entry): entry is [string, string] => typeof entry[1] === 'string' && wanted(entry[0])
		)
	);
}

/**
 * Build side: the strings of one locale (`Astro.locals.t.all()` or an i18n entry's data) whose keys are
 * one of `prefixes` or start with one plus a dot, as JSON for a `data-strings` attribute.
 */
export function browserStrings(all: Record<string, unknown>, prefixes: readonly string[]): string {
	return JSON.stringify(pick(all, prefixes));
}

/** Every string under `prefixes`, as an object (what a strings JSON route serves). */
export const stringsUnder = pick;

/** Browser side: the element's `data-strings`; empty (not a crash) when missing or damaged. */
export function readStrings<K extends string = UiKey>(el: HTMLElement): Strings<K> {
	try {
		const parsed: unknown = JSON.parse(el.dataset['strings'] ?? '{}');
		return parsed && typeof parsed === 'object' ? (parsed as Strings<K>) : {};
	} catch {
		return {};
	}
}
