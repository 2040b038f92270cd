// What the contact log shows: its entries as a list, the counts above it, the rows of the printed
// report and the words for a refused value. Nodes get text only (textContent), never HTML, so what
// a person typed or imported is shown exactly as written.
import { fill } from '~/site/strings';
import type { CsvProblem } from './csv';
import {
	countByKind,
	entryFields,
	fieldLimits,
	MAX_ENTRIES,
	type ContactEntry,
	type ContactKind,
	type EntryField,
	type FieldProblem,
} from './log';
import type { ContactLogContent } from './schema';

/** The words the element receives: the tool's content without its sources and review date. */
export type LogStrings = Omit<ContactLogContent, 'sources' | 'lastReviewed'>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

export class LogView {
	readonly #s: LogStrings;
	readonly #lang: string;

	constructor(strings: LogStrings, lang: string) {
		this.#s = strings;
		this.#lang = lang;
	}

	/** Why `field` was refused, with its limit filled in. */
	problem(field: EntryField, problem: FieldProblem): string {
		return fill(this.#s.problems[problem], { max: fieldLimits[field] });
	}

	/** Why an import was refused, naming the row (and the field) as a spreadsheet shows them. */
	csvMessage(error: CsvProblem): string {
		const p = this.#s.csvProblems;
		if ('field' in error) {
			const problem = this.problem(error.field, error.problem);
			return fill(p.field, { row: error.row, field: this.#s.fields[error.field].csv, problem });
		}
		return fill(p[error.problem], { row: error.row, count: entryFields.length, max: MAX_ENTRIES });
	}

	/** "Sunday, 29 Nov 2026, 23:40 · Call": how the list, the report and confirmations name an entry. */
	title(entry: ContactEntry): string {
		return `${this.#when(entry)} · ${this.#kindLabel(entry.kind)}`;
	}

	/** The report's "generated on" line for now. */
	generated(): string {
		const date = new Intl.DateTimeFormat(this.#lang, {
			dateStyle: 'long',
			timeStyle: 'short',
		}).format(new Date());
		return fill(this.#s.report.generated, { date });
	}

	/** The counts per kind over the last week and in all, as paragraphs (none for an empty log). */
	summary(entries: readonly ContactEntry[], today: string): HTMLParagraphElement[] {
		if (!entries.length) return [];
		const { all, recent } = countByKind(entries, today);
		return [
			fill(this.#s.messages.recent, { counts: this.#counts(recent) }),
			fill(this.#s.messages.all, { counts: this.#counts(all) }),
		].map((text) => el('p', text));
	}

	/** One list item per entry, with its edit and delete buttons. */
	items(entries: readonly ContactEntry[]): HTMLLIElement[] {
		const s = this.#s;
		return entries.map((entry) => {
			const li = el('li', undefined, 'cl-entry');
			li.dataset['id'] = entry.id;
			const title = this.title(entry);
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
		});
	}

	/** The printed report's rows: one per entry in the same order, or one saying the log is empty. */
	reportRows(entries: readonly ContactEntry[]): HTMLTableRowElement[] {
		if (!entries.length) {
			const tr = el('tr');
			const td = el('td', this.#s.report.empty);
			td.colSpan = 6;
			tr.append(td);
			return [tr];
		}
		return entries.map((entry) => {
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
		});
	}

	#kindLabel(kind: ContactKind): string {
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

	#who(entry: ContactEntry): string {
		return [entry.name, entry.company, entry.number].filter(Boolean).join(' · ');
	}

	#counts(counts: Record<ContactKind, number>): string {
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
}
