import { describe, expect, it } from 'vitest';
import { foldSidebar, usefulToc } from '../../../src/overrides/page-route-data';

const link = (href: string, isCurrent = false) => ({
	type: 'link' as const,
	label: href,
	href,
	isCurrent,
	badge: undefined,
	attrs: {},
});
const group = (label: string, entries: ReturnType<typeof link>[]) => ({
	type: 'group' as const,
	label,
	entries,
	collapsed: false,
	badge: undefined,
});

describe('foldSidebar', () => {
	const sidebar = [
		group('Tools', [link('/en/tools/'), link('/en/tools/budget/')]),
		group('For educators', [
			link('/en/educators/'),
			link('/en/educators/borrowing/'),
			link('/en/educators/assign/'),
		]),
		group('Borrowing', [
			link('/en/borrowing/'),
			link('/en/borrowing/true-cost-of-a-loan/'),
			link('/en/borrowing/check/'),
		]),
		link('/en/glossary/'),
	];

	it('folds the educators group into one link to its first page when the reader is elsewhere', () => {
		const folded = foldSidebar(sidebar);
		expect(folded[1]).toEqual({
			type: 'link',
			label: 'For educators',
			href: '/en/educators/',
			isCurrent: false,
			badge: undefined,
			attrs: {},
		});
		expect(folded[3]).toBe(sidebar[3]);
	});

	it("folds each module and the tools into a link to their overview, and keeps the reader's own module whole", () => {
		const folded = foldSidebar(sidebar);
		expect(folded[0]).toMatchObject({ type: 'link', label: 'Tools', href: '/en/tools/' });
		expect(folded[2]).toMatchObject({ type: 'link', label: 'Borrowing', href: '/en/borrowing/' });
		const reading = [
			sidebar[0]!,
			sidebar[1]!,
			group('Borrowing', [
				link('/en/borrowing/'),
				link('/en/borrowing/true-cost-of-a-loan/', true),
				link('/en/borrowing/check/'),
			]),
			sidebar[3]!,
		];
		expect(foldSidebar(reading)[2]).toBe(reading[2]);
	});

	it('keeps the whole group on its own pages', () => {
		const inside = [
			sidebar[0]!,
			group('For educators', [link('/en/educators/'), link('/en/educators/borrowing/', true)]),
			sidebar[2]!,
			sidebar[3]!,
		];
		expect(foldSidebar(inside)[1]).toBe(inside[1]);
	});

	it('leaves groups of other directories alone', () => {
		expect(foldSidebar(sidebar, ['nothing'])).toEqual(sidebar);
	});
});

describe('usefulToc', () => {
	interface Heading {
		depth: number;
		slug: string;
		text: string;
		children: Heading[];
	}
	const heading = (slug: string, children: Heading[] = []): Heading => ({
		depth: 2,
		slug,
		text: slug,
		children,
	});
	it('drops a table of contents that lists only the overview', () => {
		expect(
			usefulToc({ minHeadingLevel: 2, maxHeadingLevel: 3, items: [heading('_top')] })
		).toBeUndefined();
	});
	it('keeps one with a heading beside or below the overview', () => {
		const beside = {
			minHeadingLevel: 2,
			maxHeadingLevel: 3,
			items: [heading('_top'), heading('steps')],
		};
		const below = {
			minHeadingLevel: 2,
			maxHeadingLevel: 3,
			items: [heading('_top', [heading('steps')])],
		};
		expect(usefulToc(beside)).toBe(beside);
		expect(usefulToc(below)).toBe(below);
		expect(usefulToc(undefined)).toBeUndefined();
	});
});
