import { describe, expect, it } from 'vitest';
import { handoutHtml } from '~/features/educators/handout-html';

const labels = { place: (p: string) => `Tab: ${p}`, tool: 'Calculator:', localeHome: '/en/' };
const tabs =
	'<starlight-tabs data-sync-key="place"><div class="tablist-wrapper not-content"><ul role="tablist">' +
	'<li role="presentation" class="tab"><a role="tab" href="#tab-panel-0-0" id="tab-0-0" aria-selected="true" tabindex="0" class="x">Mainland China</a></li>' +
	'<li role="presentation" class="tab"><a role="tab" href="#tab-panel-0-1" id="tab-0-1" aria-selected="false" tabindex="-1" class="x"><svg></svg> United <b>&amp;</b> Kingdom </a></li>' +
	'</ul></div><div id="tab-panel-0-0" aria-labelledby="tab-0-0" role="tabpanel"><p>A</p></div>' +
	'<div id="tab-panel-0-1" aria-labelledby="tab-0-1" role="tabpanel" tabindex="0" hidden><p>B</p></div></starlight-tabs>';

describe('handoutHtml', () => {
	it('puts each tab label at the top of its panel', () => {
		const out = handoutHtml(tabs, labels);
		expect(out).toContain(
			'role="tabpanel"><p class="handout-place">Tab: Mainland China</p><p>A</p>'
		);
		expect(out).toContain('hidden><p class="handout-place">Tab: United &amp; Kingdom</p><p>B</p>');
	});
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
	it('leaves HTML without tabs or tools as it is', () => {
		expect(handoutHtml('<p>plain <a role="tab">x</a></p>', labels)).toBe(
			'<p>plain <a role="tab">x</a></p>'
		);
	});
});
