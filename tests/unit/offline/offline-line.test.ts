import { describe, expect, it } from 'vitest';
import { withOfflineLine } from '~/features/offline/offline-line';

describe('withOfflineLine', () => {
	const page =
		'<html><body><header>h</header><main data-pagefind-body class="x"><h1>T</h1></main></body></html>';

	it('puts a status line first in the main content, with its link, escaping the words', () => {
		const out = withOfflineLine(page, 'Offline <now> & "saved"', {
			href: '/en/offline/',
			text: 'See',
		});
		expect(out).toMatch(
			/<main data-pagefind-body class="x"><p class="bw-offline-line" role="status" style="[^"]+">Offline &lt;now&gt; &amp; &quot;saved&quot; <a href="\/en\/offline\/">See<\/a><\/p><h1>T<\/h1>/
		);
	});

	it('leaves a page without <main> as it is', () => {
		expect(withOfflineLine('<p>x</p>', 'Offline')).toBe('<p>x</p>');
	});
});
