// UI strings a component hands its browser code as JSON in `data-strings`, and `{{name}}` filling.
// Shared by the money tools (tool-kit.ts) and the progress pages (progress-view.ts).

export type Strings = Record<string, string>;

/** The element's `data-strings`; nothing (not a crash) when it is missing or damaged. */
export function readStrings(el: HTMLElement): Strings {
	try {
		return JSON.parse(el.dataset['strings'] ?? '{}') as Strings;
	} catch {
		return {};
	}
}

export const fill = (template: string | undefined, values: Record<string, string | number>) =>
	(template ?? '').replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
