// <bw-offline-save>: asks the offline worker whether its set (a module, or the tools) is saved; saves
// it on a click, showing progress, then the size it takes; removes it on the other button. What it
// says lands in the element's live region. Without a worker it stays hidden.
import { $, pageLang } from '~/site/dom';
import { fill, readStrings, type Strings } from '~/site/strings';
import type { FromWorker, ToWorker } from './data';
import { savedPlace } from '../place/store';
import { sizeText } from './sizes';

type Key = `offline.${
	| 'download'
	| 'saving'
	| 'progress'
	| 'saved'
	| 'removed'
	| 'failed'
	| 'newVersion'
	| 'kb'
	| 'mb'}`;

export class BwOfflineSave extends HTMLElement {
	#s: Strings<Key> = {};
	#worker: ServiceWorker | null = null;
	/** Gzip bytes to download the set, as the worker reckons it. */
	#download = 0;

	connectedCallback() {
		if (!('serviceWorker' in navigator)) return;
		this.#s = readStrings<Key>(this);
		const container = navigator.serviceWorker;
		container.addEventListener('message', this.#onMessage);
		container.startMessages();
		void container.ready.then((registration) => {
			this.#worker = registration.active;
			this.#send({ type: 'status', ...this.#set() });
		});
		$(this, '.offline-save-button').addEventListener('click', () => this.#save());
		$(this, '.offline-remove-button').addEventListener('click', () => this.#remove());
	}

	disconnectedCallback() {
		navigator.serviceWorker?.removeEventListener('message', this.#onMessage);
	}

	#set() {
		return { locale: this.dataset['locale'] ?? '', pack: this.dataset['pack'] ?? '' };
	}

	#send(message: ToWorker) {
		this.#worker?.postMessage(message);
	}

	#size(bytes: number) {
		return sizeText(bytes, pageLang(), { kb: this.#s['offline.kb'], mb: this.#s['offline.mb'] });
	}

	#say(text: string) {
		$(this, '.offline-save-status').textContent = text;
	}

	#save() {
		const button = $<HTMLButtonElement>(this, '.offline-save-button');
		// Not `disabled`: that would take focus from the button, and a keyboard reader with it.
		if (button.getAttribute('aria-disabled') === 'true') return;
		button.setAttribute('aria-disabled', 'true');
		this.#progress(0, 1);
		this.#say(this.#s['offline.saving'] ?? '');
		this.#send({ type: 'save', ...this.#set(), place: savedPlace() ?? null });
	}

	#remove() {
		const button = $<HTMLButtonElement>(this, '.offline-remove-button');
		if (button.getAttribute('aria-disabled') === 'true') return;
		button.setAttribute('aria-disabled', 'true');
		this.#send({ type: 'remove', ...this.#set() });
	}

	#progress(done: number, total: number) {
		const bar = $<HTMLProgressElement>(this, 'progress');
		const count = $(this, '.offline-save-count');
		bar.hidden = count.hidden = false;
		bar.value = total ? done / total : 0;
		count.textContent = fill(this.#s['offline.progress'], { done, total });
	}

	/** Shows the set as saved (taking `bytes`) or not; moves focus off a button that goes away. */
	#show(saved: number | null) {
		const save = $<HTMLButtonElement>(this, '.offline-save-button');
		const remove = $<HTMLButtonElement>(this, '.offline-remove-button');
		const focused = document.activeElement === save || document.activeElement === remove;
		$(this, 'progress').hidden = $(this, '.offline-save-count').hidden = true;
		save.hidden = saved !== null;
		remove.hidden = saved === null;
		save.removeAttribute('aria-disabled');
		remove.removeAttribute('aria-disabled');
		$(this, '.offline-save-size').textContent =
			saved === null
				? fill(this.#s['offline.download'], { size: this.#size(this.#download) })
				: fill(this.#s['offline.saved'], { size: this.#size(saved) });
		if (focused) (saved === null ? save : remove).focus();
	}

	#onMessage = (event: MessageEvent) => {
		const message = event.data as FromWorker;
		const { locale, pack } = this.#set();
		if (!message || !('locale' in message) || message.locale !== locale || message.pack !== pack)
			return;
		switch (message.type) {
			case 'status':
				this.#download = message.download;
				this.#show(message.saved?.bytes ?? null);
				this.hidden = false;
				break;
			case 'progress':
				this.#progress(message.done, message.total);
				break;
			case 'saved':
				this.#show(message.bytes);
				// Said once, in the live region, rather than twice on screen.
				$(this, '.offline-save-size').textContent = '';
				this.#say(fill(this.#s['offline.saved'], { size: this.#size(message.bytes) }));
				break;
			case 'failed':
				this.#show(null);
				this.#say(
					(message.reason === 'version'
						? this.#s['offline.newVersion']
						: this.#s['offline.failed']) ?? ''
				);
				break;
			case 'removed':
				this.#show(null);
				this.#say(fill(this.#s['offline.removed'], { size: this.#size(message.freed) }));
				break;
		}
	};
}

customElements.define('bw-offline-save', BwOfflineSave);
