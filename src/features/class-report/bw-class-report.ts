// <bw-class-report>: reads the pasted codes and the chosen progress files (report.ts), shows one table of
// learners by lesson with who has not finished the assignment, and exports it as CSV. Each line or file
// that cannot be read is listed with why; the rest still load. The class is kept on this device only
// while "keep" is ticked (store.ts); a class another tab saved is shown here too.
import { $, download, pageLang } from '~/site/dom';
import { load, onOtherTabChange, removeKey, replace, update } from '~/site/storage';
import { fill, readStrings, type Strings } from '~/site/strings';
import { decodeAssignment } from '../progress/assignment';
import {
	columns,
	fileCode,
	MAX_FILE_BYTES,
	notFinished,
	readCodes,
	readFiles,
	toCsv,
	type Problem,
	type Read,
} from './report';
import { early } from './early';
import {
	CLASS_KEY,
	CLASS_VERSION,
	classCodec,
	emptyClass,
	mergeClass,
	type SavedClass,
} from './store';
import { csvRows, problemLines, renderTable, type Item } from './table';

export class BwClassReport extends HTMLElement {
	#s: Strings = {};
	#items: Item[] = [];
	#course = new Set<string>();
	/** Progress files read so far, as codes, by file name (a file added again replaces its earlier copy). */
	#files = new Map<string, string>();
	#fileProblems: Problem[] = [];
	#read: Read = { learners: [], problems: [] };
	#cols: Item[] = [];
	/** A kept class this page must not overwrite on its own (`newer`), or may replace when asked (`damaged`). */
	#kept: 'ok' | 'newer' | 'damaged' = 'ok';
	/** The kept class as this tab last read or saved it: what a merge with another tab's starts from. */
	#base: SavedClass = emptyClass();
	#stop = () => {};

	connectedCallback() {
		this.#s = readStrings(this);
		try {
			this.#items = JSON.parse(this.dataset['items'] ?? '[]') as Item[];
		} catch {
			// No catalog: every result reads as a lesson this page does not know.
		}
		this.#course = new Set(this.#items.map((item) => item.id));
		// class-report-loader.ts has shown the form and removed the no-JavaScript note.
		const form = $<HTMLFormElement>(this, '[data-form]');
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#show();
		});
		const input = $<HTMLInputElement>(this, '#class-files');
		input.addEventListener('change', () => void this.#addFiles([...(input.files ?? [])]));
		this.addEventListener('drop', (event) => {
			event.preventDefault();
			void this.#addFiles([...(event.dataTransfer?.files ?? [])]);
		});
		$(this, '#class-keep').addEventListener('change', () => this.#keepChanged());
		$(this, '[data-erase]').addEventListener('click', () => this.#erase());
		$(this, '[data-csv]').addEventListener('click', () => this.#csv());
		$(this, '[data-print]').addEventListener('click', () => window.print());
		// Another tab kept its class: its changes join this one when this tab keeps it too (a tab not
		// keeping one is left as typed).
		this.#stop = onOtherTabChange(CLASS_KEY, () => {
			if (this.#field('class-keep').checked) this.#fromOtherTab();
		});
		this.#restore();
		// What the educator did while this code was loading.
		const files = [...early.files.splice(0), ...(input.files ?? [])];
		if (files.length > 0) void this.#addFiles(files);
		else if (early.show) this.#show();
		early.show = false;
	}

	disconnectedCallback() {
		this.#stop();
	}

	#field = <T extends HTMLElement = HTMLInputElement>(id: string) => $<T>(this, `#${id}`);

	#say(text: string) {
		$(this, '[data-status]').textContent = text;
	}

	/** The class as the form holds it now. */
	#mine(): SavedClass {
		return {
			version: CLASS_VERSION,
			savedAt: new Date().toISOString(),
			codes: this.#field<HTMLTextAreaElement>('class-codes').value,
			assignment: this.#field('class-assignment').value,
			files: [...this.#files].map(([file, code]) => ({ file, code })),
		};
	}

	#fill(kept: SavedClass) {
		this.#field<HTMLTextAreaElement>('class-codes').value = kept.codes;
		this.#field('class-assignment').value = kept.assignment;
		this.#files = new Map(kept.files.map(({ file, code }) => [file, code]));
		this.#fileProblems = this.#fileProblems.filter(
			(p) => 'file' in p.at && !this.#files.has(p.at.file)
		);
	}

	/** The kept class, or undefined (saying why) when there is none this page may use. */
	#load(): SavedClass | undefined {
		const loaded = load(classCodec);
		this.#kept = loaded.kind;
		if (loaded.kind === 'ok') return loaded.value;
		this.#say(
			this.#s[loaded.kind === 'newer' ? 'classreport.keptNewer' : 'classreport.keptDamaged'] ?? ''
		);
		return undefined;
	}

	/** Opens the class kept on this device, if there is one. */
	#restore() {
		const kept = this.#load();
		if (!kept?.savedAt) return;
		this.#base = kept;
		this.#fill(kept);
		this.#field('class-keep').checked = true;
		this.#show(false);
		const date = new Intl.DateTimeFormat(pageLang(), {
			dateStyle: 'medium',
			timeStyle: 'short',
		}).format(new Date(kept.savedAt));
		this.#say(fill(this.#s['classreport.kept'], { date }));
	}

	/** Another tab saved the class: its lines and files join what this tab holds, unsaved ones included. */
	#fromOtherTab() {
		const theirs = this.#load();
		if (!theirs) return;
		this.#fill(mergeClass(this.#base, this.#mine(), theirs));
		this.#base = theirs;
		this.#show(false);
		this.#say(this.#s['classreport.otherTab'] ?? '');
	}

	async #addFiles(files: File[]) {
		for (const file of files) {
			// A file too large is never opened.
			const tooLarge = file.size > MAX_FILE_BYTES;
			const text = tooLarge ? undefined : await file.text().catch(() => undefined);
			const read = fileCode({ name: file.name, size: file.size, text }, this.#course);
			this.#fileProblems = this.#fileProblems.filter(
				(p) => !('file' in p.at && p.at.file === file.name)
			);
			if (read.ok) this.#files.set(file.name, read.code);
			else {
				this.#files.delete(file.name);
				this.#fileProblems.push({ at: { file: file.name }, reason: read.reason });
			}
		}
		this.#field('class-files').value = '';
		this.#show();
	}

	/** Reads everything in the form, shows the report, and keeps it if asked. */
	#show(save = true) {
		const read: Read = { learners: [], problems: [] };
		readCodes(this.#field<HTMLTextAreaElement>('class-codes').value, read, (line) =>
			fill(this.#s['classreport.unnamed'], { line })
		);
		readFiles(
			[...this.#files].map(([file, code]) => ({ file, code })),
			read
		);
		read.problems.push(...this.#fileProblems);
		const collator = new Intl.Collator(pageLang());
		read.learners.sort((a, b) => collator.compare(a.name, b.name));
		this.#read = read;
		const link = this.#field('class-assignment').value.trim();
		const decoded = link
			? decodeAssignment(link.slice(link.indexOf('#') + 1), this.#course)
			: undefined;
		const fromCodes = read.learners.find((l) => l.assignment)?.assignment ?? null;
		const assigned = decoded?.ok ? decoded.assignment.lessons : link ? null : fromCodes;
		const ids = columns(read.learners, [...this.#course], assigned);
		this.#cols = ids.map((id) => this.#items.find((item) => item.id === id)!);
		this.#problems(read.problems, link !== '' && !decoded?.ok);
		$(this, '[data-files-read]').textContent = [...this.#files.keys()].join(', ');
		const report = $(this, '[data-report]');
		report.hidden = read.learners.length === 0;
		this.#say(fill(this.#s['classreport.read'], { count: read.learners.length }));
		if (read.learners.length > 0) {
			renderTable($<HTMLTableElement>(this, 'table'), read.learners, this.#cols, this.#s);
			this.#unfinished(assigned, !decoded?.ok && fromCodes !== null && assigned === fromCodes);
		}
		if (save && this.#field('class-keep').checked) this.#save();
	}

	#problems(problems: readonly Problem[], badLink: boolean) {
		const items = problemLines(problems, badLink, this.#s).map((text) =>
			Object.assign(document.createElement('li'), { textContent: text })
		);
		$(this, '[data-problems] ul').replaceChildren(...items);
		$(this, '[data-problems]').hidden = items.length === 0;
	}

	#unfinished(assigned: readonly string[] | null, fromCodes: boolean) {
		const left = assigned ? notFinished(this.#read.learners, assigned) : [];
		$(this, '[data-assignment-note]').textContent = [
			assigned ? '' : this.#s['classreport.noAssignment'],
			fromCodes ? this.#s['classreport.fromCodes'] : '',
			assigned && left.length === 0 ? this.#s['classreport.allFinished'] : '',
		]
			.filter(Boolean)
			.join(' ');
		$(this, '[data-unfinished]').replaceChildren(
			...left.map((l) =>
				Object.assign(document.createElement('li'), {
					textContent: fill(this.#s['classreport.notFinishedItem'], l),
				})
			)
		);
	}

	#save() {
		if (this.#kept === 'newer') {
			this.#field('class-keep').checked = false;
			this.#say(this.#s['classreport.keptNewer'] ?? '');
			return;
		}
		const mine = this.#mine();
		// Ticking "keep" is the educator's choice, so it replaces a kept class that could not be read;
		// otherwise what another tab saved meanwhile is merged in, not overwritten.
		const { result, value } =
			this.#kept === 'damaged'
				? { result: replace(classCodec, mine), value: mine }
				: update(classCodec, (theirs) => mergeClass(this.#base, mine, theirs));
		if (result !== 'saved') {
			this.#say(
				this.#s[result === 'tooLarge' ? 'classreport.tooLargeToKeep' : 'classreport.notKept'] ?? ''
			);
			return;
		}
		this.#kept = 'ok';
		this.#base = value;
		if (value.codes !== mine.codes || value.files.length !== mine.files.length) {
			this.#fill(value);
			this.#show(false);
			this.#say(this.#s['classreport.otherTab'] ?? '');
		}
	}

	#keepChanged() {
		if (this.#field('class-keep').checked) this.#save();
		else if (this.#kept === 'ok') {
			removeKey(CLASS_KEY);
			this.#base = emptyClass();
		}
	}

	#erase() {
		this.#field<HTMLTextAreaElement>('class-codes').value = '';
		this.#field('class-assignment').value = '';
		this.#field('class-keep').checked = false;
		this.#files.clear();
		this.#fileProblems = [];
		// Erasing is the educator's choice: it removes a kept class even if it could not be read.
		if (this.#kept !== 'newer') removeKey(CLASS_KEY);
		this.#base = emptyClass();
		this.#kept = this.#kept === 'newer' ? 'newer' : 'ok';
		this.#show(false);
		$(this, '[data-files-read]').textContent = '';
		this.#say(this.#s['classreport.erased'] ?? '');
	}

	#csv() {
		const day = new Date().toISOString().slice(0, 10);
		download(
			`borrow-wisely-class-${day}.csv`,
			toCsv(csvRows(this.#read.learners, this.#cols, this.#s)),
			'text/csv;charset=utf-8'
		);
	}
}

customElements.define('bw-class-report', BwClassReport);
