// Small browser helpers every custom element uses. Browser-safe: no Zod, no astro:*, no node:*.

/** The first element matching `selector` inside `root`; throws if the component's markup lacks it. */
export function $<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
	const found = root.querySelector<T>(selector);
	if (!found) throw new Error(`Missing ${selector}`);
	return found;
}

/**
 * Marks a field valid (empty message) or invalid, with the message in the element whose id is the
 * field's id plus `-msg` (the field's aria-describedby slot). Returns whether the field is valid.
 */
export function mark(field: HTMLElement, message: string): boolean {
	const slot = document.getElementById(`${field.id}-msg`);
	if (slot) slot.textContent = message;
	if (message) field.setAttribute('aria-invalid', 'true');
	else field.removeAttribute('aria-invalid');
	return !message;
}

/** Offers `text` as a file download named `name`. */
export function download(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(a);
	a.click();
	a.remove();
	// Revoked later: some browsers start the download only after the click handler returns.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies `text`; false when the browser refuses (no permission), so the caller can offer it to copy by hand. */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** A day in the reader's own time zone as YYYY-MM-DD (not toISOString, which is UTC). */
export function localDay(now: Date = new Date()): string {
	const two = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** The page's language, for Intl (Starlight sets <html lang>). */
export const pageLang = (): string => document.documentElement.lang || 'en';
