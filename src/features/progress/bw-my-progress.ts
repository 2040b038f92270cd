// <bw-my-progress>: fills in the server-rendered progress tables from `bw:progress`, and saves progress to a
// file, loads it from one (merge or replace), and erases it after a confirmation.
import { $, download, mark } from '~/site/dom';
import { localStore } from '~/site/storage';
import { fill, readStrings, type Strings } from '~/site/strings';
import { PROGRESS_EVENT } from './events';
import { PROGRESS_KEY, readProgress, writeProgress, type Progress } from './store';
import {
	eraseProgress,
	exportFileName,
	exportProgress,
	inspectStored,
	MAX_IMPORT_BYTES,
	mergeProgress,
	parseImport,
	quizStatus,
	type ImportError,
} from './transfer';
import { fillRow, quizCells } from './view';

export class BwMyProgress extends HTMLElement {
	#s: Strings = {};
	readonly #refresh = () => this.#render(readProgress(localStore()));

	connectedCallback() {
		this.#s = readStrings(this);
		$(this, '[data-nojs]').remove();
		for (const part of this.querySelectorAll<HTMLElement>('[data-enhanced], [data-overall]'))
			part.hidden = false;
		this.#recover();
		$(this, '[data-export]').addEventListener('click', () => this.#export());
		$<HTMLFormElement>(this, '[data-import]').addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#import();
		});
		$(this, '[data-erase]').addEventListener('click', () => this.#confirmErase(true));
		$(this, '[data-erase-no]').addEventListener('click', () => this.#confirmErase(false));
		$(this, '[data-erase-yes]').addEventListener('click', () => this.#erase());
		window.addEventListener('storage', this.#refresh);
	}

	disconnectedCallback() {
		window.removeEventListener('storage', this.#refresh);
	}

	/** Reads storage; damaged data is replaced by what could be read, and the reader is told. */
	#recover() {
		const storage = localStore();
		let raw: string | null = null;
		try {
			raw = storage?.getItem(PROGRESS_KEY) ?? null;
		} catch {
			// Blocked storage reads as no progress. (Not readKey: that would go into the chunk every page loads.)
		}
		const { progress, damaged } = inspectStored(raw);
		if (damaged) {
			writeProgress(storage, progress);
			$(this, '[data-damaged]').hidden = false;
		}
		this.#render(progress);
	}

	#render(progress: Progress) {
		const rows = [...this.querySelectorAll<HTMLElement>('tr[data-id]')];
		for (const row of rows) fillRow(row, quizCells(progress.quizzes[row.dataset['id']!], this.#s));
		const count = (kind: string) => {
			const ofKind = rows.filter((row) => row.dataset['kind'] === kind);
			return {
				total: ofKind.length,
				done: ofKind.filter((row) => quizStatus(progress.quizzes[row.dataset['id']!]) === 'done')
					.length,
			};
		};
		$(this, '[data-lessons-count]').textContent = fill(
			this.#s['myprogress.overall'],
			count('lesson')
		);
		$(this, '[data-checks-count]').textContent = fill(
			this.#s['myprogress.checksOverall'],
			count('check')
		);
	}

	#export() {
		const now = new Date();
		const name = exportFileName(now);
		download(name, exportProgress(readProgress(localStore()), now), 'application/json');
		$(this, '[data-export-status]').textContent = fill(this.#s['myprogress.exported'], {
			file: name,
		});
	}

	async #import() {
		const input = $<HTMLInputElement>(this, '#progress-file');
		const status = $(this, '[data-import-status]');
		status.textContent = '';
		const file = input.files?.[0];
		if (!file) return this.#importError('noFile');
		if (file.size > MAX_IMPORT_BYTES) return this.#importError('tooLarge');
		let text: string;
		try {
			text = await file.text();
		} catch {
			return this.#importError('unreadable');
		}
		const result = parseImport(text);
		if (!result.ok) return this.#importError(result.reason);
		mark(input, '');
		const storage = localStore();
		const replace = $<HTMLInputElement>(this, '#import-replace').checked;
		const next = replace ? result.progress : mergeProgress(readProgress(storage), result.progress);
		const saved = writeProgress(storage, next);
		this.#render(next);
		window.dispatchEvent(new Event(PROGRESS_EVENT));
		const count = Object.keys(result.progress.quizzes).length;
		const parts = [
			fill(this.#s[replace ? 'myprogress.replaced' : 'myprogress.imported'], { count }),
		];
		if (result.dropped > 0)
			parts.push(fill(this.#s['myprogress.importDropped'], { count: result.dropped }));
		if (!saved) parts.push(this.#s['myprogress.storageError'] ?? '');
		status.textContent = parts.join(' ');
	}

	/** The reason beside the file field, which is marked invalid while it shows. */
	#importError(reason: ImportError | 'noFile' | 'unreadable') {
		mark($(this, '#progress-file'), this.#s[`myprogress.error.${reason}`] ?? reason);
	}

	#confirmErase(open: boolean) {
		const button = $<HTMLButtonElement>(this, '[data-erase]');
		$(this, '#progress-erase-confirm').hidden = !open;
		button.setAttribute('aria-expanded', String(open));
		if (open) {
			$(this, '[data-erase-status]').textContent = '';
			$<HTMLButtonElement>(this, '[data-erase-no]').focus();
		} else button.focus();
	}

	#erase() {
		const erased = eraseProgress(localStore());
		this.#confirmErase(false);
		this.#render(readProgress(localStore()));
		$(this, '[data-damaged]').hidden = true;
		window.dispatchEvent(new Event(PROGRESS_EVENT));
		$(this, '[data-erase-status]').textContent =
			(erased ? this.#s['myprogress.erased'] : this.#s['myprogress.storageError']) ?? '';
	}
}

customElements.define('bw-my-progress', BwMyProgress);
