// The contact log's element: the form that adds and edits entries, the list, the CSV files in and
// out, and the printed report. The log lives in this browser only; see store.ts for its format.
import { $, download, localDay, mark, pageLang } from '~/site/dom';
import { localStore, onOtherTabChange, readKey, update, type SaveResult } from '~/site/storage';
import { fill } from '~/site/strings';
import type { CsvLabels } from './csv';
import type * as Transfer from './transfer';
import {
	checkFields,
	contactKinds,
	entryFields,
	newId,
	putEntry,
	type ContactEntry,
	type EntryField,
} from './log';
import { CONTACT_LOG_KEY, decodeStore, logCodec, writeLog } from './store';
import {
	entryItems,
	entryTitle,
	generatedLine,
	problemText,
	reportRows,
	sizeNote,
	summary,
	type LogStrings,
} from './view';

// The CSV files in and out load when the reader first nears those controls.
let transferCode: Promise<typeof Transfer> | undefined;
const transfer = () => (transferCode ??= import('./transfer'));
// The typed fields whose text would be lost on leaving the page.
const textFields = entryFields.slice(3);

export class BwContactLog extends HTMLElement {
	#s!: LogStrings;
	#lang = 'en';
	#labels: CsvLabels[] = [];
	#entries: ContactEntry[] = [];
	#editing: string | undefined;
	#raw: string | undefined;

	connectedCallback() {
		try {
			this.#s = JSON.parse(this.dataset['strings'] ?? '') as LogStrings;
			this.#labels = JSON.parse(this.dataset['labels'] ?? '[]') as CsvLabels[];
		} catch {
			return; // Without its text the tool stays the paper log.
		}
		const lang = pageLang();
		this.#lang = lang === 'es' ? 'es-419' : lang;
		this.#part('[data-nojs]').hidden = true;
		this.#part('[data-paper]').hidden = true;
		this.#part('[data-app]').hidden = false;
		this.dataset['ready'] = '';
		this.#resetForm();
		this.#load();
		// Another tab added, changed or erased entries: show the log as stored, leaving the form as typed.
		onOtherTabChange(CONTACT_LOG_KEY, () => this.#load());
		for (const section of this.querySelectorAll('[data-files], [data-damaged]'))
			for (const type of ['pointerenter', 'focusin'])
				section.addEventListener(type, () => void transfer(), { once: true });

		this.#part<HTMLFormElement>('[data-entry-form]').addEventListener('submit', (e) => {
			e.preventDefault();
			this.#submit();
		});
		this.#part<HTMLFormElement>('[data-import-form]').addEventListener('submit', (e) => {
			e.preventDefault();
			void this.#import();
		});
		this.addEventListener('click', (event) => this.#click(event));
		addEventListener('beforeprint', () => this.#stampReport());
		// Text typed but not yet added would be lost without a word: the browser asks first.
		addEventListener('beforeunload', (event) => {
			if (this.#unsaved()) event.preventDefault();
		});
	}

	#click(event: Event) {
		const button = (event.target as HTMLElement).closest('button');
		if (!button) return;
		const has = (attr: string) => button.hasAttribute(attr);
		const entryId = button.closest<HTMLElement>('[data-id]')?.dataset['id'];
		if (has('data-cancel')) this.#resetForm(true);
		else if (has('data-edit') && entryId) this.#edit(entryId);
		else if (has('data-delete') && entryId) this.#delete(entryId);
		else if (has('data-export')) void transfer().then((t) => t.downloadCsv(this.#entries, this.#s));
		else if (has('data-print')) {
			this.#stampReport();
			print();
		} else if (has('data-erase')) this.#erase();
		else if (has('data-download-raw') && this.#raw !== undefined)
			download(`contact-log-damaged-${localDay()}.txt`, this.#raw, 'text/plain;charset=utf-8');
		else if (has('data-fresh')) this.#startFresh();
	}

	#part<T extends HTMLElement = HTMLElement>(selector: string): T {
		return $<T>(this, selector);
	}

	#field(field: EntryField) {
		return this.#part<HTMLInputElement>(`#cl-${field}`);
	}

	#say(message: string) {
		this.#part('[data-status]').textContent = message;
	}

	#alert(message: string) {
		this.#part('[data-alert]').textContent = message;
	}

	/** Shows the log as stored now; damaged data is shown with ways to keep it, and written over only by the reader's choice. */
	#load() {
		if (!localStore()) {
			this.#alert(this.#s.messages.blocked);
			return this.#render();
		}
		const read = decodeStore(readKey(CONTACT_LOG_KEY));
		const damaged = read.status === 'damaged';
		this.#entries = read.entries;
		this.#raw = damaged ? read.raw : undefined;
		this.#part('[data-main]').hidden = damaged;
		this.#part('[data-damaged]').hidden = !damaged;
		// The readable entries as CSV, which Import takes back; the raw text keeps everything.
		this.#part('[data-damaged] [data-export]').hidden = read.entries.length === 0;
		if (damaged)
			this.#part('[data-damaged-text]').textContent =
				read.entries.length > 0
					? fill(this.#s.messages.damagedSome, { lost: read.lost, kept: read.entries.length })
					: this.#s.messages.damagedAll;
		else this.#alert(this.#sizeNote());
		this.#render();
	}

	#startFresh() {
		this.#raw = undefined;
		this.#part('[data-damaged]').hidden = true;
		this.#part('[data-main]').hidden = false;
		// The reader's choice: only the entries that could be read are kept.
		const result = writeLog(this.#entries);
		this.#report(result);
		if (result === 'saved') this.#say(this.#s.messages.freshStart);
		this.#render();
		this.#part('#cl-list-heading').focus();
	}

	/** Applies `change` to the log as stored NOW, so what another tab added or erased stays so, and shows the result. */
	#change(change: (entries: ContactEntry[]) => ContactEntry[]): SaveResult {
		const { result, value } = update(logCodec, change);
		if (result === 'damaged' || result === 'newer') {
			this.#load();
			return result;
		}
		this.#report(result);
		// Too large: nothing changed.
		if (result === 'tooLarge') return result;
		// Not kept by the browser: still shown for this visit, so it can be downloaded.
		this.#entries = result === 'saved' ? value : change(this.#entries);
		this.#render();
		return result;
	}

	#report(result: SaveResult) {
		// A write the browser refuses is almost always a full storage.
		const { quota, blocked } = this.#s.messages;
		this.#alert(
			result === 'refused' ? quota : result === 'unavailable' ? blocked : this.#sizeNote()
		);
		if (result !== 'saved') this.#say('');
	}

	#sizeNote(): string {
		return sizeNote(this.#s, readKey(CONTACT_LOG_KEY)?.length ?? 0);
	}

	/** Whether the form holds text that is in no entry yet. */
	#unsaved(): boolean {
		const entry = this.#entries.find((e) => e.id === this.#editing);
		return textFields.some((f) => this.#field(f).value.trim() !== (entry?.[f] ?? '').trim());
	}

	#resetForm(focus = false) {
		this.#editing = undefined;
		for (const field of entryFields) {
			const input = this.#field(field);
			input.value = field === 'date' ? localDay() : field === 'kind' ? contactKinds[0] : '';
			mark(input, '');
		}
		this.#field('date').max = localDay();
		this.#part('[data-form-heading]').textContent = this.#s.headings.add;
		this.#part('[data-submit]').textContent = this.#s.actions.add;
		this.#part('[data-cancel]').hidden = true;
		if (focus) this.#field('date').focus();
	}

	#submit() {
		const raw = Object.fromEntries(entryFields.map((f) => [f, this.#field(f).value])) as Record<
			EntryField,
			string
		>;
		// A date input holds '' both when empty and when half typed; its validity tells them apart.
		if (raw.date === '' && this.#field('date').validity.badInput) raw.date = '-';
		const checked = checkFields(raw, { today: localDay() });
		for (const field of entryFields) mark(this.#field(field), '');
		if (!checked.ok) {
			mark(this.#field(checked.field), problemText(this.#s, checked.field, checked.problem));
			this.#say(this.#s.messages.fixForm);
			this.#field(checked.field).focus();
			return;
		}
		const editing = this.#editing;
		const entry = { id: editing ?? newId(), ...checked.fields };
		const result = this.#change((all) => putEntry(all, entry));
		// Refused: the form keeps what was typed.
		if (result === 'tooLarge') return this.#say(this.#s.messages.tooLarge);
		if (result === 'damaged') return;
		this.#resetForm();
		if (result === 'saved') this.#say(editing ? this.#s.messages.saved : this.#s.messages.added);
		if (editing) this.querySelector<HTMLElement>(`[data-id="${editing}"] [data-edit]`)?.focus();
		else this.#field('date').focus();
	}

	#edit(id: string) {
		const entry = this.#entries.find((e) => e.id === id);
		if (!entry) return;
		this.#editing = id;
		for (const field of entryFields) {
			this.#field(field).value = entry[field];
			mark(this.#field(field), '');
		}
		this.#part('[data-form-heading]').textContent = this.#s.headings.edit;
		this.#part('[data-submit]').textContent = this.#s.actions.save;
		this.#part('[data-cancel]').hidden = false;
		this.#say('');
		this.#field('date').focus();
	}

	#delete(id: string) {
		const entry = this.#entries.find((e) => e.id === id);
		const question =
			entry &&
			fill(this.#s.messages.confirmDelete, { entry: entryTitle(this.#s, this.#lang, entry) });
		if (!question || !confirm(question)) return;
		if (this.#editing === id) this.#resetForm();
		if (this.#change((entries) => entries.filter((e) => e.id !== id)) === 'saved')
			this.#say(this.#s.messages.deleted);
		this.#part('#cl-list-heading').focus();
	}

	#erase() {
		if (!confirm(this.#s.messages.confirmErase)) return;
		// Every other open tab hears of it and shows the log empty.
		const result = writeLog((this.#entries = []));
		this.#resetForm();
		this.#report(result);
		this.#render();
		if (result === 'saved') this.#say(this.#s.messages.erased);
	}

	async #import() {
		const input = this.#part<HTMLInputElement>('#cl-file');
		const refuse = (message: string) => {
			mark(input, message);
			input.focus();
		};
		mark(input, '');
		const file = input.files?.[0];
		if (!file) return refuse(this.#s.messages.noFile);
		const { importing, readCsvFile } = await transfer();
		const result = await readCsvFile(file, this.#s, this.#labels);
		if ('problem' in result) return refuse(result.problem);
		const replacing = this.#part<HTMLInputElement>('[name="cl-mode"][value="replace"]').checked;
		const count = this.#entries.length;
		if (replacing && count > 0 && !confirm(fill(this.#s.messages.confirmReplace, { count })))
			return;
		const { change, done } = importing(result.entries, replacing, this.#s);
		const saved = this.#change(change);
		if (saved === 'tooLarge') return refuse(this.#s.messages.tooLarge);
		input.value = '';
		if (saved === 'saved') this.#say(done.message);
	}

	#render() {
		const [s, lang, entries] = [this.#s, this.#lang, this.#entries];
		this.#part('[data-empty]').hidden = entries.length > 0;
		this.#part('[data-summary]').replaceChildren(...summary(s, lang, entries, localDay()));
		this.#part('[data-entries]').replaceChildren(...entryItems(s, lang, entries));
		this.#part('[data-report-rows]').replaceChildren(...reportRows(s, lang, entries));
		this.#stampReport();
	}

	#stampReport() {
		this.#part('[data-generated]').textContent = generatedLine(this.#s, this.#lang);
	}
}

customElements.define('bw-contact-log', BwContactLog);
