// <bw-share>: shares the page's address with the system share sheet where the browser has one, and
// otherwise copies it. When the clipboard is refused, the address is shown selected in a read-only
// field to copy by hand. Each outcome is announced in the element's live region.
import { $, copyText } from '~/site/dom';
import { readStrings } from '~/site/strings';

type ShareKey = `share.${'button' | 'copy' | 'shared' | 'copied' | 'copyFallback'}`;

export class BwShare extends HTMLElement {
	connectedCallback() {
		const s = readStrings<ShareKey>(this);
		const button = $<HTMLButtonElement>(this, 'button');
		const canShare = typeof navigator.share === 'function';
		button.textContent = (canShare ? s['share.button'] : s['share.copy']) ?? button.textContent;
		button.hidden = false;
		button.addEventListener('click', () => void this.#share(s, canShare));
	}

	async #share(s: Partial<Record<ShareKey, string>>, canShare: boolean) {
		const status = $(this, '[role="status"]');
		const url = $<HTMLAnchorElement>(this, '.share-link a').href;
		status.textContent = '';
		if (canShare) {
			try {
				await navigator.share({ title: this.dataset['title'] ?? document.title, url });
				status.textContent = s['share.shared'] ?? '';
				return;
			} catch (error) {
				// The reader closed the share sheet: nothing to say. Any other failure falls back to copying.
				if (error instanceof DOMException && error.name === 'AbortError') return;
			}
		}
		if (await copyText(url)) {
			status.textContent = s['share.copied'] ?? '';
			return;
		}
		const field = $<HTMLInputElement>(this, 'input');
		$(this, '.share-fallback').hidden = false;
		field.focus();
		field.select();
		status.textContent = s['share.copyFallback'] ?? '';
	}
}

customElements.define('bw-share', BwShare);
