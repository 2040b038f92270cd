// The class report's first-load script: shows the form and loads <bw-class-report> (its reading, table
// and CSV code) on the educator's first touch of it, or at once when a class is kept on this device.
// A file dropped or a "show" asked for before then is kept in `early` for the element.
import { readKey } from '~/site/storage';
import { early } from './early';
import { CLASS_KEY } from './store';

for (const report of document.querySelectorAll<HTMLElement>('bw-class-report')) {
	report.querySelector('[data-nojs]')?.remove();
	const form = report.querySelector<HTMLFormElement>('[data-form]');
	if (!form) continue;
	form.hidden = false;
	const ready = () => customElements.get('bw-class-report') !== undefined;
	const load = () => void import('./bw-class-report');
	if (readKey(CLASS_KEY) !== null) load();
	for (const type of ['focusin', 'pointerdown', 'dragenter', 'input', 'change'])
		report.addEventListener(type, load, { once: true });
	// Without this, a file dropped before the element is ready would open in place of the page.
	report.addEventListener('dragover', (event) => event.preventDefault());
	report.addEventListener('drop', (event) => {
		if (ready()) return;
		event.preventDefault();
		early.files.push(...(event.dataTransfer?.files ?? []));
		load();
	});
	form.addEventListener('submit', (event) => {
		if (ready()) return;
		event.preventDefault();
		early.show = true;
		load();
	});
}
