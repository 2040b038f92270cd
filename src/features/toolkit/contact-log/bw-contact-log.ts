import {
	checkFields,
	contactKinds,
	countByKind,
	decodeCsv,
	decodeStore,
	encodeCsv,
	encodeStore,
	entryFields,
	fieldLimits,
	localToday,
	mergeEntries,
	newId,
	sortEntries,
	type ContactEntry,
	type CsvLabels,
	type CsvProblem,
	type EntryField,
} from '~/features/toolkit/contact-log/log';
import type { ContactLogContent } from '~/features/toolkit/contact-log/schema';
import type { StorageKey } from '~/site/storage-keys';

/** localStorage key of the log (registered in src/site/storage-keys.ts). */
export const CONTACT_LOG_KEY = 'bw:contact-log' satisfies StorageKey;

type Strings = Omit<ContactLogContent, 'sources' | 'lastReviewed'>;

const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

function download(name: string, text: string, type: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

class ContactLog extends HTMLElement {
	#s!: Strings;
	#labels: CsvLabels[] = [];
	#entries: ContactEntry[] = [];
	#editing: string | undefined;
	#raw: string | undefined;
	#lang = 'en';

	connectedCallback() {
		try {
			this.#s = JSON.parse(this.dataset['strings'] ?? '') as Strings;
			this.#labels = JSON.parse(this.dataset['labels'] ?? '[]') as CsvLabels[];
		} catch {
			return; // Without its text the tool stays the paper log.
		}
		const lang = document.documentElement.lang || 'en';
		this.#lang = lang === 'es' ? 'es-419' : lang;
		this.#$('[data-nojs]').hidden = true;
		this.#$('[data-paper]').hidden = true;
		this.#$('[data-app]').hidden = false;
		this.dataset['ready'] = '';
		this.#resetForm();
		this.#load();
		this.#render();

		this.#$<HTMLFormElement>('[data-entry-form]').addEventListener('submit', (e) => {
			e.preventDefault();
			this.#submit();
		});
		this.#$<HTMLFormElement>('[data-import-form]').addEventListener('submit', (e) => {
			e.preventDefault();
			void this.#import();
		});
		this.addEventListener('click', (event) => {
			const button = (event.target as HTMLElement).closest('button');
			if (!button) return;
			const entryId = button.closest<HTMLElement>('[data-id]')?.dataset['id'];
			if (button.hasAttribute('data-cancel')) this.#resetForm(true);
			else if (button.hasAttribute('data-edit') && entryId) this.#edit(entryId);
			else if (button.hasAttribute('data-delete') && entryId) this.#delete(entryId);
			else if (button.hasAttribute('data-export'))
				download(
					`contact-log-${localToday()}.csv`,
					encodeCsv(this.#entries, this.#ownLabels()),
					'text/csv;charset=utf-8'
				);
			else if (button.hasAttribute('data-print')) {
				this.#stampReport();
				print();
			} else if (button.hasAttribute('data-erase')) this.#erase();
			else if (button.hasAttribute('data-download-raw') && this.#raw !== undefined)
				download(`contact-log-damaged-${localToday()}.txt`, this.#raw, 'text/plain;charset=utf-8');
			else if (button.hasAttribute('data-fresh')) this.#startFresh();
		});
		addEventListener('beforeprint', () => this.#stampReport());
	}

	#$<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	#field(field: EntryField) {
		return this.#$<HTMLInputElement>(`#cl-${field}`);
	}

	#ownLabels(): CsvLabels {
		const s = this.#s;
		return {
			headers: Object.fromEntries(
				entryFields.map((f) => [f, s.fields[f].csv])
			) as CsvLabels['headers'],
			kinds: Object.fromEntries(s.kinds.map((k) => [k.id, k.csv])) as CsvLabels['kinds'],
		};
	}

	#say(message: string) {
		this.#$('[data-status]').textContent = message;
	}

	#alert(message: string) {
		this.#$('[data-alert]').textContent = message;
	}

	#load() {
		let stored: string | null;
		try {
			stored = localStorage.getItem(CONTACT_LOG_KEY);
		} catch {
			this.#alert(this.#s.messages.blocked);
			return;
		}
		const read = decodeStore(stored);
		this.#entries = read.entries;
		if (read.status !== 'damaged') return;
		// Nothing is written until the reader has had the chance to keep the damaged text.
		this.#raw = read.raw;
		this.#$('[data-main]').hidden = true;
		this.#$('[data-damaged]').hidden = false;
		this.#$('[data-damaged-text]').textContent =
			read.entries.length > 0
				? fill(this.#s.messages.damagedSome, { lost: read.lost, kept: read.entries.length })
				: this.#s.messages.damagedAll;
	}

	#startFresh() {
		this.#raw = undefined;
		this.#$('[data-damaged]').hidden = true;
		this.#$('[data-main]').hidden = false;
		if (this.#save()) this.#say(this.#s.messages.freshStart);
		this.#render();
		this.#$('#cl-list-heading').focus();
	}

	/** Writes the log; false (with the reason shown) when the browser refused. */
	#save(): boolean {
		if (this.#raw !== undefined) return false;
		try {
			if (this.#entries.length === 0) localStorage.removeItem(CONTACT_LOG_KEY);
			else localStorage.setItem(CONTACT_LOG_KEY, encodeStore(this.#entries));
			this.#alert('');
			return true;
		} catch (error) {
			const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
			this.#alert(quota ? this.#s.messages.quota : this.#s.messages.blocked);
			return false;
		}
	}

	#resetForm(focus = false) {
		this.#editing = undefined;
		for (const field of entryFields) {
			const input = this.#field(field);
			input.value = field === 'date' ? localToday() : field === 'kind' ? contactKinds[0] : '';
			this.#mark(field, '');
		}
		this.#field('date').max = localToday();
		this.#$('[data-form-heading]').textContent = this.#s.headings.add;
		this.#$('[data-submit]').textContent = this.#s.actions.add;
		this.#$('[data-cancel]').hidden = true;
		if (focus) this.#field('date').focus();
	}

	#mark(field: EntryField, message: string) {
		const input = this.#field(field);
		this.#$(`#cl-${field}-msg`).textContent = message;
		if (message) input.setAttribute('aria-invalid', 'true');
		else input.removeAttribute('aria-invalid');
	}

	#submit() {
		const raw = Object.fromEntries(entryFields.map((f) => [f, this.#field(f).value])) as Record<
			EntryField,
			string
		>;
		// A date input holds '' both when empty and when half typed; its validity tells them apart.
		if (raw.date === '' && this.#field('date').validity.badInput) raw.date = '-';
		const checked = checkFields(raw, { today: localToday() });
		for (const field of entryFields) this.#mark(field, '');
		if (!checked.ok) {
			this.#mark(
				checked.field,
				fill(this.#s.problems[checked.problem], { max: fieldLimits[checked.field] })
			);
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
			this.#mark(field, '');
		}
		this.#$('[data-form-heading]').textContent = this.#s.headings.edit;
		this.#$('[data-submit]').textContent = this.#s.actions.save;
		this.#$('[data-cancel]').hidden = false;
		this.#say('');
		this.#field('date').focus();
	}

	#delete(id: string) {
		const entry = this.#entries.find((e) => e.id === id);
		if (!entry || !confirm(fill(this.#s.messages.confirmDelete, { entry: this.#title(entry) })))
			return;
		this.#entries = this.#entries.filter((e) => e.id !== id);
		if (this.#editing === id) this.#resetForm();
		const saved = this.#save();
		this.#render();
		if (saved) this.#say(this.#s.messages.deleted);
		this.#$('#cl-list-heading').focus();
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
		const input = this.#$<HTMLInputElement>('#cl-file');
		const msg = this.#$('#cl-file-msg');
		const refuse = (message: string) => {
			msg.textContent = message;
			input.setAttribute('aria-invalid', 'true');
			input.focus();
		};
		msg.textContent = '';
		input.removeAttribute('aria-invalid');
		const file = input.files?.[0];
		if (!file) return refuse(this.#s.messages.noFile);
		let text: string;
		try {
			text = await file.text();
		} catch {
			return refuse(this.#s.csvProblems.read);
		}
		const result = decodeCsv(text, { labels: this.#labels, today: localToday() });
		if (!result.ok) return refuse(this.#csvMessage(result.error));
		const replace = this.#$<HTMLInputElement>('input[name="cl-mode"][value="replace"]').checked;
		let message: string;
		if (replace) {
			if (
				this.#entries.length > 0 &&
				!confirm(fill(this.#s.messages.confirmReplace, { count: this.#entries.length }))
			)
				return;
			this.#entries = result.entries;
			message = fill(this.#s.messages.replaced, { count: result.entries.length });
		} else {
			const merged = mergeEntries(this.#entries, result.entries);
			this.#entries = merged.entries;
			message = fill(this.#s.messages.imported, { added: merged.added, skipped: merged.skipped });
		}
		const saved = this.#save();
		this.#render();
		input.value = '';
		if (saved) this.#say(message);
	}

	#csvMessage(error: CsvProblem): string {
		const p = this.#s.csvProblems;
		if ('field' in error) {
			const problem = fill(this.#s.problems[error.problem], { max: fieldLimits[error.field] });
			return fill(p.field, { row: error.row, field: this.#s.fields[error.field].csv, problem });
		}
		return fill(p[error.problem], { row: error.row, count: entryFields.length, max: 5000 });
	}

	#kindLabel(kind: ContactEntry['kind']) {
		return this.#s.kinds.find((k) => k.id === kind)?.label ?? kind;
	}

	#when(entry: Pick<ContactEntry, 'date' | 'time'>): string {
		const [y, m, d] = entry.date.split('-').map(Number) as [number, number, number];
		const [h = 0, min = 0] = entry.time ? entry.time.split(':').map(Number) : [];
		const options: Intl.DateTimeFormatOptions = {
			weekday: 'short',
			year: 'numeric',
			month: 'short',
			day: 'numeric',
		};
		if (entry.time)
			Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
		return new Intl.DateTimeFormat(this.#lang, options).format(new Date(y, m - 1, d, h, min));
	}

	#title(entry: ContactEntry) {
		return `${this.#when(entry)} · ${this.#kindLabel(entry.kind)}`;
	}

	#who(entry: ContactEntry) {
		return [entry.name, entry.company, entry.number].filter(Boolean).join(' · ');
	}

	#counts(counts: Record<ContactEntry['kind'], number>): string {
		const plural = new Intl.PluralRules(this.#lang);
		const parts = this.#s.kinds
			.filter((k) => counts[k.id] > 0)
			.map((k) =>
				fill(k.count[plural.select(counts[k.id]) as 'one'] ?? k.count.other, {
					count: new Intl.NumberFormat(this.#lang).format(counts[k.id]),
				})
			);
		return parts.length
			? new Intl.ListFormat(this.#lang, { type: 'unit' }).format(parts)
			: this.#s.messages.none;
	}

	#render() {
		const s = this.#s;
		const list = this.#$('[data-entries]');
		this.#$('[data-empty]').hidden = this.#entries.length > 0;
		const { all, recent } = countByKind(this.#entries, localToday());
		const summary = this.#$('[data-summary]');
		summary.replaceChildren(
			...(this.#entries.length
				? [
						fill(s.messages.recent, { counts: this.#counts(recent) }),
						fill(s.messages.all, { counts: this.#counts(all) }),
					]
				: []
			).map((text) => Object.assign(document.createElement('p'), { textContent: text }))
		);
		const el = <K extends keyof HTMLElementTagNameMap>(
			tag: K,
			text?: string,
			className?: string
		) => {
			const node = document.createElement(tag);
			if (text !== undefined) node.textContent = text;
			if (className) node.className = className;
			return node;
		};
		list.replaceChildren(
			...this.#entries.map((entry) => {
				const li = el('li', undefined, 'cl-entry');
				li.dataset['id'] = entry.id;
				const title = this.#title(entry);
				const dl = el('dl');
				const rows: [string, string][] = [
					[s.report.who, this.#who(entry)],
					[s.fields.said.csv, entry.said],
					[s.fields.evidence.csv, entry.evidence],
					[s.fields.rule.csv, entry.rule],
				];
				for (const [term, value] of rows) if (value) dl.append(el('dt', term), el('dd', value));
				const actions = el('p', undefined, 'tool-actions');
				for (const [attr, label] of [
					['data-edit', s.actions.edit],
					['data-delete', s.actions.delete],
				] as const) {
					const button = el('button', label);
					button.type = 'button';
					button.setAttribute(attr, '');
					button.setAttribute('aria-label', `${label}: ${title}`);
					actions.append(button);
				}
				li.append(el('h3', title), dl, actions);
				return li;
			})
		);
		// The printed report: one row per entry, the same order.
		const tbody = this.#$('[data-report-rows]');
		tbody.replaceChildren(
			...(this.#entries.length
				? this.#entries.map((entry) => {
						const tr = el('tr');
						const cells = [
							this.#when(entry),
							this.#kindLabel(entry.kind),
							this.#who(entry),
							entry.said,
							entry.evidence,
							entry.rule,
						];
						cells.forEach((text, i) => {
							const cell = el(i === 0 ? 'th' : 'td', text);
							if (i === 0) cell.setAttribute('scope', 'row');
							tr.append(cell);
						});
						return tr;
					})
				: [
						(() => {
							const tr = el('tr');
							const td = el('td', s.report.empty);
							td.colSpan = 6;
							tr.append(td);
							return tr;
						})(),
					])
		);
		this.#stampReport();
	}

	#stampReport() {
		const date = new Intl.DateTimeFormat(this.#lang, {
			dateStyle: 'long',
			timeStyle: 'short',
		}).format(new Date());
		this.#$('[data-generated]').textContent = fill(this.#s.report.generated, { date });
	}
}

customElements.define('bw-contact-log', ContactLog);
