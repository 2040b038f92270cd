// <bw-share>: shares the page's address with the system share sheet where the browser has one, and
// otherwise copies it. When the clipboard is refused, the address is shown selected in a read-only
// field to copy by hand. Each outcome is announced in the element's live region.
import type { Strings } from '~/site/strings';

type ShareKey = `share.${'button' | 'copy' | 'shared' | 'copied' | 'copyFallback'}`;

// Not site/dom's and site/strings' helpers: this code loads with a share page (its button is at the
// top, and the share sheet opens only on the tap itself), and their chunks were two more files on
// that first load. The markup always has the parts looked up here.
const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string) =>
	root.querySelector<T>(selector)!;

function readStrings(el: HTMLElement): Strings<ShareKey> {
	try {
		const parsed: unknown = JSON.parse(el.dataset['strings'] ?? '{}');
		return parsed && typeof parsed === 'object' ? (parsed as Strings<ShareKey>) : {};
	} catch {
		return {};
	}
}

async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

export class BwShare extends HTMLElement {
	connectedCallback() {
		const s = readStrings(this);
		const button = $<HTMLButtonElement>(this, 'button');
		const canShare = typeof navigator.share === 'function';
		button.textContent = (canShare ? s['share.button'] : s['share.copy']) ?? button.textContent;
		button.addEventListener('click', () => void this.#share(s, canShare));
	}

	async #share(s: Strings<ShareKey>, canShare: boolean) {
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
