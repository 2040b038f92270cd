// <bw-offline-list>: what the offline worker keeps on this device, as headings and links: saved sets
// (named in the page's language, with the space each takes), then every page kept (each link in its
// own language), then the total. Built with DOM calls: titles come from stored pages.
import { pageLang } from '~/site/dom';
import { locales, type Locale } from '~/site/locales';
import { base } from '~/site/base';
import { fill, readStrings, type Strings } from '~/site/strings';
import type { FromWorker } from './data';
import { sizeText } from './sizes';

type List = Extract<FromWorker, { type: 'list' }>;

export class BwOfflineList extends HTMLElement {
	#s: Strings<string> = {};

	connectedCallback() {
		if (!('serviceWorker' in navigator)) return;
		this.#s = readStrings<string>(this);
		this.replaceChildren(this.#p(this.#s['offline.nothing'] ?? ''));
		const container = navigator.serviceWorker;
		container.addEventListener('message', this.#onMessage);
		container.startMessages();
		void container.ready.then((registration) => registration.active?.postMessage({ type: 'list' }));
	}

	disconnectedCallback() {
		navigator.serviceWorker?.removeEventListener('message', this.#onMessage);
	}

	#onMessage = (event: MessageEvent) => {
		const message = event.data as FromWorker;
		if (message?.type === 'list') this.#render(message);
	};

	#p(text: string, className = '') {
		return Object.assign(document.createElement('p'), { textContent: text, className });
	}

	#size(bytes: number) {
		return sizeText(bytes, pageLang(), { kb: this.#s['offline.kb'], mb: this.#s['offline.mb'] });
	}

	#section(heading: string, items: HTMLLIElement[]) {
		const h2 = Object.assign(document.createElement('h2'), { textContent: heading });
		const ul = document.createElement('ul');
		ul.append(...items);
		return [h2, ul];
	}

	#link(href: string, text: string, locale: string, after = '') {
		const li = document.createElement('li');
		const a = Object.assign(document.createElement('a'), { href, textContent: text });
		const lang = locales[locale as Locale]?.lang;
		if (lang && lang !== pageLang()) a.lang = lang;
		li.append(a, after);
		return li;
	}

	#render(list: List) {
		const here = this.dataset['locale'] ?? '';
		if (list.packs.length === 0 && list.pages.length === 0) {
			this.replaceChildren(this.#p(this.#s['offline.nothing'] ?? ''));
			return;
		}
		const name = (pack: string) =>
			(pack === 'tools' ? this.#s['tools.group'] : this.#s[`module.${pack}`]) ?? pack;
		const packs = list.packs.map((p) =>
			this.#link(
				`${base}${p.locale}/${p.pack}/`,
				p.locale === here
					? name(p.pack)
					: `${name(p.pack)} (${locales[p.locale as Locale]?.label ?? p.locale})`,
				here,
				` · ${this.#size(p.bytes)}`
			)
		);
		// This page's language first, then the others; in the order they were kept.
		const pages = [...list.pages]
			.sort((a, b) => Number(b.locale === here) - Number(a.locale === here))
			.map((page) => this.#link(page.url, page.title, page.locale));
		this.replaceChildren(
			...(packs.length ? this.#section(this.#s['offline.savedModules'] ?? '', packs) : []),
			...(pages.length ? this.#section(this.#s['offline.savedPages'] ?? '', pages) : []),
			this.#p(
				fill(this.#s['offline.total'], { size: this.#size(list.bytes) }),
				'offline-list-total'
			)
		);
	}
}

customElements.define('bw-offline-list', BwOfflineList);
