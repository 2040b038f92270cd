// The log's CSV files in and out. The element loads this module (and the CSV code with it) when the
// reader first nears those controls, so the page's first load does not pay for them.
import { download, localDay } from '~/site/dom';
import { fill } from '~/site/strings';
import { csvLabels, decodeCsv, encodeCsv, type CsvLabels } from './csv';
import { mergeEntries, type ContactEntry } from './log';
import { MAX_IMPORT_MB } from './store';
import { csvMessage, type LogStrings } from './view';

/** Downloads the entries as a CSV file in the reader's language. */
export function downloadCsv(entries: readonly ContactEntry[], s: LogStrings): void {
	download(
		`contact-log-${localDay()}.csv`,
		encodeCsv(entries, csvLabels(s)),
		'text/csv;charset=utf-8'
	);
}

/** The entries of a chosen CSV file, or why it was refused (a file too large is refused before it is read). */
export async function readCsvFile(
	file: File,
	s: LogStrings,
	labels: readonly CsvLabels[]
): Promise<{ entries: ContactEntry[] } | { problem: string }> {
	if (file.size > MAX_IMPORT_MB * 1024 * 1024)
		return { problem: fill(s.csvProblems.tooBig, { size: `${MAX_IMPORT_MB} MB` }) };
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { problem: s.csvProblems.read };
	}
	const result = decodeCsv(text, { labels, today: localDay() });
	return result.ok ? result : { problem: csvMessage(s, result.error) };
}

/** An import as a change to the log as stored at that moment, and the words for what it did. */
export function importing(incoming: ContactEntry[], replacing: boolean, s: LogStrings) {
	const done = { message: '' };
	const change = (entries: ContactEntry[]): ContactEntry[] => {
		if (replacing) {
			done.message = fill(s.messages.replaced, { count: incoming.length });
			return incoming;
		}
		const merged = mergeEntries(entries, incoming);
		done.message = fill(s.messages.imported, { added: merged.added, skipped: merged.skipped });
		return merged.entries;
	};
	return { change, done };
}
