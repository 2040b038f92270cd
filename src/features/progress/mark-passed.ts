// The sidebar's and module overviews' check marks: loaded by <bw-progress-marks> (./bw-progress-marks.ts)
// once there is progress to show, so a first visit loads neither this nor the progress store.
import { localeIds } from '~/site/locales';
import { localStore } from '~/site/storage';
import { pageIdOfPath, passedQuizzes, readProgress } from './store';

/**
 * Marks links to passed lessons (and module checks) with a check mark and a visually hidden word
 * (`label`), matching links by their locale-free path, and unmarks the others.
 */
export function markPassed(label: string): void {
	const passed = passedQuizzes(readProgress(localStore()));
	for (const link of document.querySelectorAll<HTMLAnchorElement>(
		'#starlight__sidebar a[href], .module-lessons a[href]'
	)) {
		const id = pageIdOfPath(new URL(link.href).pathname, import.meta.env.BASE_URL, localeIds);
		const mark = link.querySelector('.progress-mark');
		if (id && passed.has(id)) {
			if (!mark) link.append(checkMark(label));
		} else mark?.remove();
	}
}

function checkMark(label: string) {
	const mark = document.createElement('span');
	mark.className = 'progress-mark';
	const symbol = document.createElement('span');
	symbol.setAttribute('aria-hidden', 'true');
	symbol.textContent = '✓';
	const text = document.createElement('span');
	text.className = 'sr-only';
	text.textContent = ` ${label}`;
	mark.append(symbol, text);
	return mark;
}
