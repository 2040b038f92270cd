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
import { MAX_STORE_CHARS, WARN_STORE_CHARS } from './store';

/** The words the element receives: the tool's content without its sources and review date. */
export type LogStrings = Omit<ContactLogContent, 'sources' | 'lastReviewed'>;

// Plain functions rather than a class: the bundler shortens their names, which keeps the page
// within its JavaScript budget. `lang` is the locale Intl formats dates and counts in.

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

/** Why `field` was refused, with its limit filled in. */
export function problemText(s: LogStrings, field: EntryField, problem: FieldProblem): string {
	return fill(s.problems[problem], { max: fieldLimits[field] });
}

/** Why an import was refused, naming the row (and the field) as a spreadsheet shows them. */
export function csvMessage(s: LogStrings, error: CsvProblem): string {
	const p = s.csvProblems;
	if ('field' in error) {
		const problem = problemText(s, error.field, error.problem);
		return fill(p.field, { row: error.row, field: s.fields[error.field].csv, problem });
	}
	return fill(p[error.problem], { row: error.row, count: entryFields.length, max: MAX_ENTRIES });
}

/** From 90% of what the log may hold (`size` stored characters), a warning to download a copy while it can be read whole. */
export function sizeNote(s: LogStrings, size: number): string {
	const percent = Math.round((size / MAX_STORE_CHARS) * 100);
	return size < WARN_STORE_CHARS ? '' : fill(s.messages.nearlyFull, { percent });
}

/** "Sun, Nov 29, 2026, 23:40 · Call": how the list, the report and confirmations name an entry. */
export function entryTitle(s: LogStrings, lang: string, entry: ContactEntry): string {
	return `${when(lang, entry)} · ${kindLabel(s, entry.kind)}`;
}

/** The report's "generated on" line for now. */
export function generatedLine(s: LogStrings, lang: string): string {
	const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(
		new Date()
	);
	return fill(s.report.generated, { date });
}

/** The counts per kind over the last week and in all, as paragraphs (none for an empty log). */
export function summary(
	s: LogStrings,
	lang: string,
	entries: readonly ContactEntry[],
	today: string
): HTMLParagraphElement[] {
	if (!entries.length) return [];
	const { all, recent } = countByKind(entries, today);
	return [
		fill(s.messages.recent, { counts: counts(s, lang, recent) }),
		fill(s.messages.all, { counts: counts(s, lang, all) }),
	].map((text) => el('p', text));
}

/** One list item per entry, with its edit and delete buttons. */
export function entryItems(
	s: LogStrings,
	lang: string,
	entries: readonly ContactEntry[]
): HTMLLIElement[] {
	return entries.map((entry) => {
		const li = el('li', undefined, 'cl-entry');
		li.dataset['id'] = entry.id;
		const title = entryTitle(s, lang, entry);
		const dl = el('dl');
		const rows: [string, string][] = [
			[s.report.who, who(entry)],
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
export function reportRows(
	s: LogStrings,
	lang: string,
	entries: readonly ContactEntry[]
): HTMLTableRowElement[] {
	if (!entries.length) {
		const tr = el('tr');
		const td = el('td', s.report.empty);
		td.colSpan = 6;
		tr.append(td);
		return [tr];
	}
	return entries.map((entry) => {
		const tr = el('tr');
		const cells = [
			when(lang, entry),
			kindLabel(s, entry.kind),
			who(entry),
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

function kindLabel(s: LogStrings, kind: ContactKind): string {
	return s.kinds.find((k) => k.id === kind)?.label ?? kind;
}

function when(lang: string, entry: Pick<ContactEntry, 'date' | 'time'>): string {
	const [y, m, d] = entry.date.split('-').map(Number) as [number, number, number];
	const [h = 0, min = 0] = entry.time ? entry.time.split(':').map(Number) : [];
	const options: Intl.DateTimeFormatOptions = {
		weekday: 'short',
		year: 'numeric',
		month: 'short',
		day: 'numeric',
	};
	if (entry.time) Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
	return new Intl.DateTimeFormat(lang, options).format(new Date(y, m - 1, d, h, min));
}

function who(entry: ContactEntry): string {
	return [entry.name, entry.company, entry.number].filter(Boolean).join(' · ');
}

function counts(s: LogStrings, lang: string, byKind: Record<ContactKind, number>): string {
	const plural = new Intl.PluralRules(lang);
	const parts = s.kinds
		.filter((k) => byKind[k.id] > 0)
		.map((k) =>
			fill(k.count[plural.select(byKind[k.id]) as 'one'] ?? k.count.other, {
				count: new Intl.NumberFormat(lang).format(byKind[k.id]),
			})
		);
	return parts.length ? new Intl.ListFormat(lang, { type: 'unit' }).format(parts) : s.messages.none;
}
