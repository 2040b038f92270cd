// The law tabs of the English lessons are for a frightened reader on a phone: each page's tabs stay
// at Flesch–Kincaid grade 8 or below. `npm run report:reading` prints every page's grade.
import { describe, expect, it } from 'vitest';
import {
	lawTabText,
	lessonGrades,
	maxGrade,
	readingGrade,
	sentences,
} from '../../../scripts/reading-grade.ts';

describe('reading grade', () => {
	it('rates an easy passage low and a hard one high', () => {
		const easy = readingGrade('The cat sat on the mat. It was a good day. We had fun in the sun.');
		const hard = readingGrade(
			'Notwithstanding any contractual stipulation, a consumer-finance institution must, prior to initiating enforcement proceedings, demonstrate the proportionality of accumulated default interest relative to the demonstrable economic detriment actually sustained.'
		);
		expect(easy.grade).toBeLessThan(3);
		expect(hard.grade).toBeGreaterThan(16);
		expect(easy.sentences).toBe(3);
	});

	it('reads only the rules by place, without tags, Markdown marks, Chinese or bracketed citations', () => {
		const mdx = [
			'Prose outside the rules is not measured.',
			'<PlaceRules>',
			'\t<Place id="cn">',
			'\t\t- A **penalty** (违约金) can be cut (Civil Code, Art. 585). See [the plan](/en/budgeting/negotiate-a-plan/).',
			'\t\t- Ask the bank (rent, mortgage)',
			'\t</Place>',
			'</PlaceRules>',
		].join('\n');
		expect(lawTabText(mdx)).toBe(
			'A penalty can be cut. See the plan.\nAsk the bank (rent, mortgage)'
		);
	});

	it('does not end a sentence at "Art." or "U.S." but does at the end of a list item', () => {
		expect(sentences('Read Art. 16 of the U.S. rules. Then act\nNext item')).toEqual([
			'Read Art. 16 of the U.S. rules.',
			'Then act',
			'Next item',
		]);
	});

	it(`keeps every English page's law tabs at grade ${maxGrade} or below`, () => {
		const pages = lessonGrades();
		expect(pages.length).toBeGreaterThan(10);
		const above = pages
			.filter(({ reading }) => reading.grade > maxGrade)
			.map(({ page, reading }) => `content/docs/en/${page}: grade ${reading.grade}`);
		expect(above).toEqual([]);
	});
});
