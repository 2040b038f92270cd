import { describe, expect, it } from 'vitest';
import { foldSidebar } from '../../src/routes/sidebar-route-data';

const link = (href: string, isCurrent = false) => ({ type: 'link' as const, label: href, href, isCurrent, badge: undefined, attrs: {} });
const group = (label: string, entries: ReturnType<typeof link>[]) => ({ type: 'group' as const, label, entries, collapsed: false, badge: undefined });

describe('foldSidebar', () => {
	const sidebar = [
		group('Tools', [link('/en/tools/'), link('/en/tools/budget/')]),
		group('For educators', [link('/en/educators/'), link('/en/educators/borrowing/'), link('/en/educators/assign/')]),
		link('/en/glossary/'),
	];

	it('folds the educators group into one link to its first page when the reader is elsewhere', () => {
		const folded = foldSidebar(sidebar);
		expect(folded[1]).toEqual({ type: 'link', label: 'For educators', href: '/en/educators/', isCurrent: false, badge: undefined, attrs: {} });
		expect(folded[0]).toBe(sidebar[0]);
		expect(folded[2]).toBe(sidebar[2]);
	});

	it('keeps the whole group on its own pages', () => {
		const inside = [sidebar[0]!, group('For educators', [link('/en/educators/'), link('/en/educators/borrowing/', true)]), sidebar[2]!];
		expect(foldSidebar(inside)[1]).toBe(inside[1]);
	});

	it('leaves groups of other directories alone', () => {
		expect(foldSidebar(sidebar, ['nothing'])).toEqual(sidebar);
	});
});
