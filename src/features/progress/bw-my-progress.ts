// <bw-my-progress>: fills in the server-rendered progress tables from `bw:progress`, and saves progress to a
// file, loads it from one (merge, or replace after a confirmation), and erases it after a confirmation.
import { $, download, mark } from '~/site/dom';
import {
	localStore,
	onOtherTabChange,
	readKey,
	replace,
	update,
	type SaveResult,
} from '~/site/storage';
import { fill, readStrings, type Strings } from '~/site/strings';
import { PROGRESS_EVENT } from './events';
import { PROGRESS_KEY, progressCodec, readProgress, type Progress } from './store';
import {
	eraseProgress,
	exportFileName,
	exportProgress,
	inspectStored,
	MAX_IMPORT_CHARS,
	mergeProgress,
	parseImport,
	quizStatus,
	type ImportError,
} from './transfer';
import { fillRow, quizCells } from './view';

type Loaded = Extract<ReturnType<typeof parseImport>, { ok: true }>;

/** Why a file that was read could not be stored. */
const notStored = {
	tooLarge: 'tooFull',
	newer: 'cannotMerge',
	damaged: 'cannotMerge',
	unavailable: 'notSaved',
	refused: 'notSaved',
} as const satisfies Record<Exclude<SaveResult, 'saved'>, string>;

export class BwMyProgress extends HTMLElement {
	#s: Strings = {};
	/** A file read for "Replace", waiting for the reader to confirm. */
	#pending: Loaded | undefined;
	#stopListening = () => {};

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
		$(this, '[data-replace-no]').addEventListener('click', () => this.#confirmReplace(false));
		$(this, '[data-replace-yes]').addEventListener('click', () => {
			const pending = this.#pending;
			this.#confirmReplace(false);
			if (pending) this.#load(pending, true);
		});
		$(this, '[data-erase]').addEventListener('click', () => this.#confirmErase(true));
		$(this, '[data-erase-no]').addEventListener('click', () => this.#confirmErase(false));
		$(this, '[data-erase-yes]').addEventListener('click', () => this.#erase());
		// A quiz answered or progress erased in another tab shows here at once.
		this.#stopListening = onOtherTabChange(PROGRESS_KEY, () => this.#refresh());
	}

	disconnectedCallback() {
		this.#stopListening();
	}

	/** Reads storage; damaged records are dropped and what could be read is stored again, and the reader is told. */
	#recover() {
		const { progress, damaged } = this.#refresh();
		if (damaged) {
			replace(progressCodec, progress);
			$(this, '[data-damaged]').hidden = false;
		}
	}

	/** Shows what is stored, and says so when it is left alone (a newer version, or too large to read). */
	#refresh() {
		const stored = inspectStored(readKey(PROGRESS_KEY));
		$(this, '[data-newer]').hidden = stored.leftAlone !== 'newer';
		$(this, '[data-too-large]').hidden = stored.leftAlone !== 'tooLarge';
		this.#render(stored.progress);
		return stored;
	}

	#rows() {
		return [...this.querySelectorAll<HTMLElement>('tr[data-id]')];
	}

	#render(progress: Progress) {
		const rows = this.#rows();
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
		$(this, '[data-import-status]').textContent = '';
		this.#confirmReplace(false, false);
		const file = input.files?.[0];
		if (!file) return this.#importError('noFile');
		// UTF-8 takes at most 3 bytes for each character the text limit counts.
		if (file.size > MAX_IMPORT_CHARS * 3) return this.#importError('tooLarge');
		let text: string;
		try {
			text = await file.text();
		} catch {
			return this.#importError('unreadable');
		}
		// Only quizzes of the course, the ones this page lists, are kept.
		const result = parseImport(text, new Set(this.#rows().map((row) => row.dataset['id']!)));
		if (!result.ok) return this.#importError(result.reason);
		const replacing = $<HTMLInputElement>(this, '#import-replace').checked;
		const stored = inspectStored(readKey(PROGRESS_KEY));
		// Replacing loses what is stored: ask first, unless there is nothing to lose.
		if (replacing && (stored.leftAlone || Object.keys(stored.progress.quizzes).length > 0)) {
			this.#pending = result;
			return this.#confirmReplace(true);
		}
		this.#load(result, replacing);
	}

	/** Stores a file's progress: merged into what is stored now, or replacing it. */
	#load(result: Loaded, replacing: boolean) {
		const input = $<HTMLInputElement>(this, '#progress-file');
		const saved = replacing
			? replace(progressCodec, result.progress)
			: update(progressCodec, (now) => mergeProgress(now, result.progress)).result;
		if (saved !== 'saved') return this.#importError(notStored[saved]);
		mark(input, '');
		this.#refresh();
		window.dispatchEvent(new Event(PROGRESS_EVENT));
		const count = Object.keys(result.progress.quizzes).length;
		const parts = [
			fill(this.#s[replacing ? 'myprogress.replaced' : 'myprogress.imported'], { count }),
		];
		if (result.dropped > 0)
			parts.push(fill(this.#s['myprogress.importDropped'], { count: result.dropped }));
		$(this, '[data-import-status]').textContent = parts.join(' ');
	}

	/** The reason beside the file field, which is marked invalid while it shows. */
	#importError(
		reason: ImportError | (typeof notStored)[keyof typeof notStored] | 'noFile' | 'unreadable'
	) {
		mark($(this, '#progress-file'), this.#s[`myprogress.error.${reason}`] ?? reason);
	}

	#confirmReplace(open: boolean, refocus = true) {
		$(this, '#progress-replace-confirm').hidden = !open;
		if (open) $<HTMLButtonElement>(this, '[data-replace-no]').focus();
		else {
			this.#pending = undefined;
			if (refocus) $<HTMLButtonElement>(this, '[data-import] button[type="submit"]').focus();
		}
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
		this.#refresh();
		$(this, '[data-damaged]').hidden = true;
		window.dispatchEvent(new Event(PROGRESS_EVENT));
		$(this, '[data-erase-status]').textContent =
			(erased ? this.#s['myprogress.erased'] : this.#s['myprogress.storageError']) ?? '';
	}
}

customElements.define('bw-my-progress', BwMyProgress);
