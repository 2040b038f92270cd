import { describe, expect, it } from 'vitest';
import {
	giftEscape,
	giftModule,
	giftQuestion,
	htmlEscape,
	partialWeight,
} from '~/features/educators/gift';
import type { Question } from '~/features/quiz/schema';

const strings = { orderingNote: 'Match each step to its place: 1 is first.' };
const common = { section: 'a-section', check: true, objective: 1 } as const;

const single: Question = {
	...common,
	id: 'flat-fee',
	type: 'single',
	prompt: 'Cost of ¥12,000 at 0.75% a month: {flat} = ?',
	explanation: 'Ratio 2:1 # roughly; see C:\\notes.',
	options: [
		{ id: 'nine', text: '9% = 0.75 × 12', correct: false, feedback: 'Only if the fee ~ shrank.' },
		{
			id: 'sixteen',
			text: 'About 16%',
			correct: true,
			feedback: 'Right: fee on the {original} amount.',
		},
	],
};
const scenario: Question = {
	...common,
	id: 'two-offers',
	type: 'scenario',
	scenario: 'App A: "¥50 a month". App B: APR 24% <best?> & more.',
	prompt: 'What should you do?',
	explanation: 'Compare by APR.',
	options: [
		{ id: 'take-a', text: 'Take A', correct: false, feedback: 'No.' },
		{ id: 'compare', text: 'Compare A -> B by APR', correct: true, feedback: 'Yes.' },
	],
};
const multiple: Question = {
	...common,
	id: 'apr-counts',
	type: 'multiple',
	prompt: 'Which count?',
	explanation: 'Everything you pay.',
	options: [
		{ id: 'interest', text: 'Interest', correct: true, feedback: 'Yes, interest.' },
		{ id: 'fee', text: 'A fee', correct: true, feedback: 'Yes, fees.' },
		{ id: 'kept', text: 'Money kept back', correct: true, feedback: 'Yes, kept back.' },
		{ id: 'savings', text: 'Your savings', correct: false, feedback: 'No, not a charge.' },
	],
};
const trueFalse = (answer: boolean): Question => ({
	...common,
	id: 'upfront',
	type: 'true-false',
	prompt: 'A fee kept back raises the cost.',
	answer,
	explanation: 'You get less for the same.',
	feedback: { right: 'Right one.', wrong: 'Wrong one.' },
});
const numeric: Question = {
	...common,
	id: 'daily-rate',
	type: 'numeric',
	prompt: '0.05% a day is what a year?',
	answer: 18.25,
	tolerance: 0.5,
	unit: '%',
	explanation: '0.05 × 365.',
	feedback: { right: 'Yes: 18.25.', wrong: 'Multiply by 365.' },
};
const ordering: Question = {
	...common,
	id: 'steps',
	type: 'ordering',
	prompt: 'Order the checks.',
	explanation: 'Facts, then price, then compare.',
	steps: [
		{ id: 'facts', text: 'Write down the facts' },
		{ id: 'apr', text: 'Find the APR' },
		{ id: 'compare', text: 'Compare offers' },
	],
	feedback: { right: 'In order.', wrong: 'Not in order.' },
};

/**
 * Reads one GIFT question the way Moodle's importer does (question/format/gift/format.php): escapes to
 * placeholders first, the name between `::`, the answer block between the first `{` and the first `}`,
 * general feedback after the last `####`, then the type from the block's first characters.
 */
function readGift(text: string) {
	const placeholders: [string, string][] = [
		['\\:', '\u0001'],
		['\\#', '\u0002'],
		['\\=', '\u0003'],
		['\\{', '\u0004'],
		['\\}', '\u0005'],
		['\\~', '\u0006'],
		['\\n', '\u0007'],
	];
	const back: Record<string, string> = {
		'\u0001': ':',
		'\u0002': '#',
		'\u0003': '=',
		'\u0004': '{',
		'\u0005': '}',
		'\u0006': '~',
		'\u0007': '\n',
	};
	let t = text
		.split('\n')
		.filter((l) => !l.trim().startsWith('//'))
		.join('\n')
		.trim()
		.replaceAll('\\\\', '\u0008');
	for (const [from, to] of placeholders) t = t.replaceAll(from, to);
	t = t.replaceAll('\u0008', '\\');
	const post = (s: string) => s.replace(/[\u0001-\u0007]/g, (c) => back[c]!).trim();
	const nameEnd = t.indexOf('::', 2);
	const name = post(t.slice(2, nameEnd));
	t = t.slice(nameEnd + 2);
	const start = t.indexOf('{');
	const end = t.indexOf('}');
	let block = t.slice(start + 1, end).trim();
	const gf = block.lastIndexOf('####');
	const general = gf >= 0 ? post(block.slice(gf + 4)) : '';
	if (gf >= 0) block = block.slice(0, gf).trim();
	const questionText = post(t.slice(0, start));
	const type =
		block[0] === '#'
			? 'numerical'
			: block.includes('~')
				? 'multichoice'
				: block.includes('=') && block.includes('->')
					? 'match'
					: 'truefalse';
	return { name, questionText, block, general, type, post, rest: t.slice(end + 1).trim() };
}

function answers(block: string, post: (s: string) => string) {
	const single = block.includes('=');
	const parts = block
		.replaceAll('=', '~=')
		.split('~')
		.map((a) => a.trim())
		.filter(Boolean);
	return {
		single,
		items: parts.map((a) => {
			let weight = 0;
			if (a.startsWith('=')) {
				weight = 100;
				a = a.slice(1);
			} else {
				const m = /^%(-?[0-9.]+)%/.exec(a);
				if (m) {
					weight = Number(m[1]);
					a = a.slice(m[0].length);
				}
			}
			const [text, feedback = ''] = a.split(/#(.*)/s);
			return { text: post(text!), feedback: post(feedback), weight };
		}),
	};
}

describe('giftEscape', () => {
	it('escapes every character GIFT reads as syntax, and the backslash first', () => {
		expect(giftEscape('a~b=c#d{e}f:g')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g');
		expect(giftEscape('C:\\x')).toBe('C\\:\\\\x');
		expect(giftEscape('\\=')).toBe('\\\\\\=');
		expect(giftEscape('one\ntwo')).toBe('one\\ntwo');
		expect(giftEscape('plain text, 12.5% — 中文')).toBe('plain text, 12.5% — 中文');
	});
	it('HTML-escapes <, > and & so the [html] text shows them, and `->` cannot start a matching pair', () => {
		expect(htmlEscape('A -> B <b> & c')).toBe('A -&gt; B &lt;b&gt; &amp; c');
	});
});

describe('giftQuestion', () => {
	it('single choice: one `=` answer, wrong ones `~`, feedback after `#`, explanation as general feedback', () => {
		const q = readGift(giftQuestion(single, 'true-cost/flat-fee', strings));
		expect(q.name).toBe('true-cost/flat-fee');
		expect(q.type).toBe('multichoice');
		expect(q.questionText).toBe('[html]<p>Cost of ¥12,000 at 0.75% a month: {flat} = ?</p>');
		expect(q.general).toBe('Ratio 2:1 # roughly; see C:\\notes.');
		expect(q.rest).toBe('');
		const a = answers(q.block, q.post);
		expect(a.single).toBe(true);
		expect(a.items).toEqual([
			{ text: '9% = 0.75 × 12', feedback: 'Only if the fee ~ shrank.', weight: 0 },
			{ text: 'About 16%', feedback: 'Right: fee on the {original} amount.', weight: 100 },
		]);
	});

	it('scenario: the situation is a paragraph before the prompt, HTML-escaped', () => {
		const q = readGift(giftQuestion(scenario, 's', strings));
		expect(q.questionText).toBe(
			'[html]<p>App A: "¥50 a month". App B: APR 24% &lt;best?&gt; &amp; more.</p><p>What should you do?</p>'
		);
		expect(q.type).toBe('multichoice');
		const a = answers(q.block, q.post);
		expect(a.items.map((i) => [i.text, i.weight])).toEqual([
			['Take A', 0],
			['Compare A -&gt; B by APR', 100],
		]);
	});

	it('multiple answers: weights that add up to 100% on the right options, -100% on wrong ones, no `=`', () => {
		const q = readGift(giftQuestion(multiple, 'm', strings));
		const a = answers(q.block, q.post);
		expect(a.single).toBe(false);
		expect(a.items.map((i) => i.weight)).toEqual([33.33333, 33.33333, 33.33333, -100]);
		expect(a.items.map((i) => i.feedback)).toEqual([
			'Yes, interest.',
			'Yes, fees.',
			'Yes, kept back.',
			'No, not a charge.',
		]);
		expect(partialWeight(1)).toBe('100');
		expect(partialWeight(2)).toBe('50');
		expect(partialWeight(6)).toBe('16.66667');
	});

	it('true/false: TRUE or FALSE, the wrong-answer feedback first, then the right-answer one', () => {
		for (const answer of [true, false]) {
			const q = readGift(giftQuestion(trueFalse(answer), 'tf', strings));
			expect(q.type).toBe('truefalse');
			const [verdict, wrong, right] = q.block.split('#');
			expect(verdict).toBe(answer ? 'TRUE' : 'FALSE');
			expect(q.post(wrong!)).toBe('Wrong one.');
			expect(q.post(right!)).toBe('Right one.');
			expect(q.general).toBe('You get less for the same.');
		}
	});

	it('numeric: the answer with its tolerance and right feedback, a catch-all with the wrong feedback, the unit in the text', () => {
		const q = readGift(giftQuestion(numeric, 'n', strings));
		expect(q.type).toBe('numerical');
		expect(q.questionText).toBe('[html]<p>0.05% a day is what a year? (%)</p>');
		const [right, wrong] = q.block
			.slice(1)
			.split('~')
			.map((s) => s.trim());
		expect(q.post(right!)).toBe('=%100%18.25:0.5#Yes: 18.25.');
		expect(q.post(wrong!)).toBe('#Multiply by 365.');
	});

	it('ordering: exported as matching, each step to its position, with a note on how to answer', () => {
		const q = readGift(giftQuestion(ordering, 'o', strings));
		expect(q.type).toBe('match');
		expect(q.questionText).toBe(
			'[html]<p>Order the checks.</p><p>Match each step to its place: 1 is first.</p>'
		);
		const pairs = q.block
			.split('=')
			.map((s) => s.trim())
			.filter(Boolean)
			.map((p) => p.split('->').map((s) => q.post(s)));
		expect(pairs).toEqual([
			['Write down the facts', '1'],
			['Find the APR', '2'],
			['Compare offers', '3'],
		]);
		expect(q.general).toBe('Facts, then price, then compare.');
	});
});

describe('giftModule', () => {
	it('opens with the category, then every question as its own block with a comment naming its lesson', () => {
		const file = giftModule(
			'borrowing',
			'Borrow Wisely — Borrowing (en)',
			[
				{
					slug: 'true-cost',
					title: 'The true cost',
					url: 'https://example.org/en/borrowing/true-cost/',
					questions: [single, numeric],
				},
				{
					slug: 'before',
					title: 'Before',
					url: 'https://example.org/en/borrowing/before/',
					questions: [ordering],
				},
			],
			strings
		);
		const blocks = file.trim().split(/\n\s*\n/);
		expect(blocks).toHaveLength(4);
		expect(blocks[0]!.split('\n').filter((l) => !l.startsWith('//'))).toEqual([
			'$CATEGORY: Borrow Wisely/borrowing',
		]);
		expect(blocks.slice(1).map((b) => readGift(b).name)).toEqual([
			'true-cost/flat-fee',
			'true-cost/daily-rate',
			'before/steps',
		]);
		expect(blocks[1]).toMatch(
			/^\/\/ The true cost — https:\/\/example\.org\/en\/borrowing\/true-cost\/#q-flat-fee\n::/
		);
	});
});
