// The contact log's element: the form that adds and edits entries, the list, the CSV files in and
// out, and the printed report. The log lives in this browser only; see store.ts for its format.
import { $, download, localDay, mark, pageLang } from '~/site/dom';
import { readKey, removeKey, localStore, writeKey } from '~/site/storage';
import { fill } from '~/site/strings';
import { csvLabels, decodeCsv, encodeCsv, type CsvLabels } from './csv';
import {
	checkFields,
	contactKinds,
	entryFields,
	mergeEntries,
	newId,
	sortEntries,
	type ContactEntry,
	type EntryField,
} from './log';
import { CONTACT_LOG_KEY, decodeStore, encodeStore } from './store';
import {
	csvMessage,
	entryItems,
	entryTitle,
	generatedLine,
	problemText,
	reportRows,
	summary,
	type LogStrings,
} from './view';

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
		this.#render();

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
	}

	#click(event: Event) {
		const button = (event.target as HTMLElement).closest('button');
		if (!button) return;
		const has = (attr: string) => button.hasAttribute(attr);
		const entryId = button.closest<HTMLElement>('[data-id]')?.dataset['id'];
		if (has('data-cancel')) this.#resetForm(true);
		else if (has('data-edit') && entryId) this.#edit(entryId);
		else if (has('data-delete') && entryId) this.#delete(entryId);
		else if (has('data-export'))
			download(
				`contact-log-${localDay()}.csv`,
				encodeCsv(this.#entries, csvLabels(this.#s)),
				'text/csv;charset=utf-8'
			);
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

	#load() {
		const store = localStore();
		if (!store) {
			this.#alert(this.#s.messages.blocked);
			return;
		}
		const read = decodeStore(readKey(CONTACT_LOG_KEY, store));
		this.#entries = read.entries;
		if (read.status !== 'damaged') return;
		// Nothing is written until the reader has had the chance to keep the damaged text.
		this.#raw = read.raw;
		this.#part('[data-main]').hidden = true;
		this.#part('[data-damaged]').hidden = false;
		this.#part('[data-damaged-text]').textContent =
			read.entries.length > 0
				? fill(this.#s.messages.damagedSome, { lost: read.lost, kept: read.entries.length })
				: this.#s.messages.damagedAll;
	}

	#startFresh() {
		this.#raw = undefined;
		this.#part('[data-damaged]').hidden = true;
		this.#part('[data-main]').hidden = false;
		if (this.#save()) this.#say(this.#s.messages.freshStart);
		this.#render();
		this.#part('#cl-list-heading').focus();
	}

	/** Writes the log; false (with the reason shown) when the browser refused. */
	#save(): boolean {
		if (this.#raw !== undefined) return false;
		const result =
			this.#entries.length === 0
				? removeKey(CONTACT_LOG_KEY)
					? 'saved'
					: 'unavailable'
				: writeKey(CONTACT_LOG_KEY, encodeStore(this.#entries));
		// A write the browser refuses is almost always a full storage.
		const { quota, blocked } = this.#s.messages;
		this.#alert(result === 'saved' ? '' : result === 'refused' ? quota : blocked);
		return result === 'saved';
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
		if (editing)
			this.#entries = this.#entries.map((e) =>
				e.id === editing ? { id: e.id, ...checked.fields } : e
			);
		else this.#entries.push({ id: newId(), ...checked.fields });
		this.#entries = sortEntries(this.#entries);
		const saved = this.#save();
		this.#render();
		this.#resetForm();
		if (saved) this.#say(editing ? this.#s.messages.saved : this.#s.messages.added);
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
		this.#entries = this.#entries.filter((e) => e.id !== id);
		if (this.#editing === id) this.#resetForm();
		const saved = this.#save();
		this.#render();
		if (saved) this.#say(this.#s.messages.deleted);
		this.#part('#cl-list-heading').focus();
	}

	#erase() {
		if (!confirm(this.#s.messages.confirmErase)) return;
		this.#entries = [];
		this.#resetForm();
		const saved = this.#save();
		this.#render();
		if (saved) this.#say(this.#s.messages.erased);
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
		let text: string;
		try {
			text = await file.text();
		} catch {
			return refuse(this.#s.csvProblems.read);
		}
		const result = decodeCsv(text, { labels: this.#labels, today: localDay() });
		if (!result.ok) return refuse(csvMessage(this.#s, result.error));
		const replace = this.#part<HTMLInputElement>('input[name="cl-mode"][value="replace"]').checked;
		const { messages } = this.#s;
		let message: string;
		if (replace) {
			const count = this.#entries.length;
			if (count > 0 && !confirm(fill(messages.confirmReplace, { count }))) return;
			this.#entries = result.entries;
			message = fill(messages.replaced, { count: result.entries.length });
		} else {
			const merged = mergeEntries(this.#entries, result.entries);
			this.#entries = merged.entries;
			message = fill(messages.imported, { added: merged.added, skipped: merged.skipped });
		}
		const saved = this.#save();
		this.#render();
		input.value = '';
		if (saved) this.#say(message);
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
