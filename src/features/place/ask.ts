// An English reader's first lesson, before they have said where they live: the place menu opens and
// asks, in one line. In the chunk every page loads (src/integrations/every-page-chunk.ts), so asking
// needs none of place-switch.ts, which loads only when the reader picks a place.

/** Opens `picker`'s menu with the question in place of the place's name (place-switch.ts puts it back). */
export function ask(picker: HTMLElement): void {
	const carrier = document.querySelector<HTMLElement>('.place-picker[data-strings]');
	let question = '';
	try {
		question =
			(JSON.parse(carrier?.dataset['strings'] ?? '{}') as Record<string, string>)['place.ask'] ??
			'';
	} catch {
		// No words: the menu still opens, naming the place shown.
	}
	const menu = picker.querySelector('details');
	const label = picker.querySelector<HTMLElement>('.place-shown');
	const change = picker.querySelector<HTMLElement>('.place-change');
	// Asked already, before the page was drawn (PlacePicker.astro's inline script).
	if (!menu || !label || !question || label.dataset['label'] !== undefined) return;
	menu.open = true;
	label.dataset['label'] = label.innerHTML;
	label.textContent = question;
	if (change) change.hidden = true;
}
