// `npm run report:reading`: the Flesch–Kincaid grade of the rules by place (`<PlaceRules>` blocks) of
// every English lesson, hardest first. A reader on a phone who has just been threatened should be
// able to follow them: they stay at grade 8 or below (tests/unit/docs/reading-grade.test.ts).
//
// What is measured: the text inside the blocks, without JSX tags, code, Markdown marks (a link keeps
// its text), Chinese script, and citations in brackets such as "(Civil Code, Art. 585)". A sentence
// ends at `.`, `!` or `?` (not after "Art." or "U.S.") and at the end of a list item or line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

const root = fileURLToPath(new URL('..', import.meta.url));
const english = join(root, 'content/docs/en');

/** The highest grade a lesson's law tabs may have. */
export const maxGrade = 8;

/** Brackets that cite a source: a law, an article or section, a rule, or a name in Chinese. */
const citation =
	/\d|§|;|\p{Script=Han}|\b(?:Art|Arts|Act|Law|Code|Rules?|Regulations?|Provisions|Opinions|Handbook|CONC|CFR|U\.S\.C|s|ss)\b/u;

/** Words whose final full stop does not end a sentence. */
const abbreviation =
	/(?:^|\s|\()(?:Art|Arts|No|Nos|s|ss|e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|St|U\.S|U\.S\.C|U\.K)\.$/;

/** The text of every `<PlaceRules>` block (every place's rules) of an MDX page, as plain prose. */
export function lawTabText(mdx: string): string {
	const blocks = mdx.match(/<PlaceRules\s*>[\s\S]*?<\/PlaceRules>/g) ?? [];
	return blocks.map(plainText).join('\n');
}

/** MDX or Markdown to plain prose, one line per paragraph or list item. */
export function plainText(mdx: string): string {
	const text = dropCitations(
		mdx
			.replace(/```[\s\S]*?```/g, ' ')
			.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
			.replace(/<[^>]*>/g, '\n')
			.replace(/\{[^{}]*\}/g, ' ')
			.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/`([^`]*)`/g, '$1')
			.replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
	);
	return text
		.replace(/\p{Script=Han}+/gu, ' ')
		.split('\n')
		.map((line) =>
			line
				.replace(/^\s*(?:[-*+]|\d+\.|#+|>)\s+/, '')
				.replace(/[ \t]+/g, ' ')
				.trim()
		)
		.filter((line) => /\p{L}/u.test(line))
		.join('\n');
}

/** Text without its bracketed citations; a bracket inside a citation goes with it. */
function dropCitations(text: string): string {
	let out = '';
	let depth = 0;
	let group = '';
	for (const char of text) {
		if (char === '(' || char === '（') depth += 1;
		if (depth === 0) out += char;
		else group += char;
		if ((char === ')' || char === '）') && depth > 0) {
			depth -= 1;
			if (depth === 0) {
				if (!citation.test(group.slice(1, -1))) out += group;
				else out = out.replace(/[ \t]+$/, '');
				group = '';
			}
		}
	}
	return out + group;
}

/** Plain prose split into sentences. */
export function sentences(text: string): string[] {
	const out: string[] = [];
	for (const line of text.split('\n')) {
		let current = '';
		for (const token of line.split(/\s+/).filter(Boolean)) {
			current = current ? `${current} ${token}` : token;
			const ends = /[.!?]["'”’)]*$/.test(token) && !abbreviation.test(current);
			if (ends) {
				out.push(current);
				current = '';
			}
		}
		if (current) out.push(current);
	}
	return out.filter((s) => /[\p{L}\d]/u.test(s));
}

/** The words of a sentence: runs of letters or digits (with inner `'`, `-` or `.`). */
export function words(text: string): string[] {
	return text.match(/[\p{L}\d]+(?:['’.\-–][\p{L}\d]+)*/gu) ?? [];
}

/** Syllables of a word; a number counts as one syllable. */
function syllables(word: string): number {
	if (!/\p{L}/u.test(word)) return 1;
	return Math.max(1, syllable(word));
}

export interface Reading {
	sentences: number;
	words: number;
	syllables: number;
	/** Flesch–Kincaid grade level, rounded to one decimal. */
	grade: number;
}

/** The Flesch–Kincaid grade of plain prose (0 sentences or words gives grade 0). */
export function readingGrade(text: string): Reading {
	const list = sentences(text);
	const all = list.flatMap(words);
	const count = {
		sentence: list.length,
		word: all.length,
		syllable: all.reduce((sum, w) => sum + syllables(w), 0),
	};
	const grade = count.sentence && count.word ? fleschKincaid(count) : 0;
	return {
		sentences: count.sentence,
		words: count.word,
		syllables: count.syllable,
		grade: Math.round(grade * 10) / 10,
	};
}

/** Every English page with law tabs, as a path under `content/docs/en/` and its reading. */
export function lessonGrades(): { page: string; reading: Reading }[] {
	return readdirSync(english, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.mdx'))
		.sort()
		.map((page) => ({ page, text: lawTabText(readFileSync(join(english, page), 'utf8')) }))
		.filter(({ text }) => text)
		.map(({ page, text }) => ({ page, reading: readingGrade(text) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const rows = lessonGrades().sort((a, b) => b.reading.grade - a.reading.grade);
	console.log('grade  words  sentences  page (law tabs, content/docs/en/)');
	for (const { page, reading } of rows) {
		const flag = reading.grade > maxGrade ? '  above ' + maxGrade : '';
		console.log(
			`${reading.grade.toFixed(1).padStart(5)}  ${String(reading.words).padStart(5)}  ${String(reading.sentences).padStart(9)}  ${page}${flag}`
		);
	}
	const over = rows.filter((r) => r.reading.grade > maxGrade).length;
	console.log(
		over
			? `\n${over} page(s) above grade ${maxGrade}.`
			: `\nEvery page is at grade ${maxGrade} or below.`
	);
}
