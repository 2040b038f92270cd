/**
 * A class the educator chose to keep on this device ("keep this class on this device"), under
 * localStorage key `bw:class-report`; nothing is kept unless they tick it, and "Erase" removes it.
 *
 *   {
 *     "version": 1,
 *     "savedAt": "2026-12-07T10:00:00.000Z",
 *     "codes": "Ana: BW1-…\nBW1-…",                   // the pasted lines, as typed
 *     "assignment": "https://…/assignment/#v=1&l=…",  // the assignment link, as pasted
 *     "files": [{ "file": "ben.json", "code": "BW1-…" }] // each progress file read, as a completion code
 *   }
 *
 * Files are kept as completion codes (code.ts), so reading them back goes through the same checks as a
 * pasted code. A later version is left alone; text that is not this shape is `damaged` (site/storage).
 */
import type { Codec, Loaded } from '~/site/storage';
import { storedObject } from '~/site/stored-json';
import type { StorageKey } from '~/site/storage-keys';

export const CLASS_KEY = 'bw:class-report' satisfies StorageKey;
export const CLASS_VERSION = 1;
/** Enough for MAX_LEARNERS learners with every lesson and a long name each. */
export const MAX_CLASS_CHARS = 400_000;

export interface SavedClass {
	version: typeof CLASS_VERSION;
	savedAt: string;
	codes: string;
	assignment: string;
	files: { file: string; code: string }[];
}

export const emptyClass = (): SavedClass => ({
	version: CLASS_VERSION,
	savedAt: '',
	codes: '',
	assignment: '',
	files: [],
});

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export function decodeClass(raw: string): Loaded<SavedClass> {
	const damaged = { kind: 'damaged', raw } as const;
	const data = storedObject(raw, MAX_CLASS_CHARS);
	if (!data) return damaged;
	const { version, savedAt, codes, assignment, files } = data;
	if (typeof version === 'number' && version > CLASS_VERSION) return { kind: 'newer', raw };
	if (version !== CLASS_VERSION || typeof codes !== 'string' || typeof assignment !== 'string')
		return damaged;
	if (!Array.isArray(files)) return damaged;
	const kept = files.filter(
		(f): f is { file: string; code: string } =>
			isObject(f) && typeof f['file'] === 'string' && typeof f['code'] === 'string'
	);
	return {
		kind: 'ok',
		value: {
			version,
			savedAt: typeof savedAt === 'string' ? savedAt : '',
			codes,
			assignment,
			files: kept.map(({ file, code }) => ({ file, code })),
		},
	};
}

export const classCodec: Codec<SavedClass> = {
	key: CLASS_KEY,
	empty: emptyClass,
	decode: decodeClass,
	encode: JSON.stringify,
	maxChars: MAX_CLASS_CHARS,
};

const lines = (text: string) => text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');

/**
 * Two tabs keeping one class: this tab's class (`mine`) with what another tab saved since (`theirs`)
 * added, and what this tab removed since it last read or saved (`base`) left out, so neither tab's
 * lines or files are lost and nothing this tab removed comes back.
 */
export function mergeClass(base: SavedClass, mine: SavedClass, theirs: SavedClass): SavedClass {
	const mineLines = new Set(lines(mine.codes));
	const removed = new Set(lines(base.codes).filter((line) => !mineLines.has(line)));
	const added = lines(theirs.codes).filter((line) => !removed.has(line) && !mineLines.has(line));
	const mineFiles = new Set(mine.files.map((f) => f.file));
	const removedFiles = new Set(base.files.map((f) => f.file).filter((f) => !mineFiles.has(f)));
	return {
		...mine,
		codes:
			added.length > 0 ? [mine.codes.trimEnd(), ...added].filter(Boolean).join('\n') : mine.codes,
		assignment: mine.assignment !== base.assignment ? mine.assignment : theirs.assignment,
		files: [
			...mine.files,
			...theirs.files.filter((f) => !mineFiles.has(f.file) && !removedFiles.has(f.file)),
		],
	};
}
