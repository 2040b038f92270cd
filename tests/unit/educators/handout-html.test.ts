import { describe, expect, it } from 'vitest';
import { handoutHtml } from '~/features/educators/handout-html';

const labels = { tool: 'Calculator:', localeHome: '/en/' };
describe('handoutHtml', () => {
	it('puts the address of its tool page before each calculator', () => {
		const out = handoutHtml(
			'<p>x</p><bw-loan-cost class="tool" data-a><form></form></bw-loan-cost><bw-repayment-plan class="tool">',
			labels
		);
		expect(out).toContain(
			'<p class="handout-tool">Calculator: <a class="handout-url" href="/en/tools/loan-cost/">/en/tools/loan-cost/</a></p><bw-loan-cost class="tool"'
		);
		expect(out).toContain('href="/en/tools/repayment-plan/"');
		expect(out).not.toContain('loan-costs');
	});
	it('leaves HTML without tools as it is', () => {
		expect(handoutHtml('<p>plain <bw-loan-costs>x</bw-loan-costs></p>', labels)).toBe(
			'<p>plain <bw-loan-costs>x</bw-loan-costs></p>'
		);
	});
});
