// <bw-search>: the search button and dialog. A fork of the <site-search> element in Starlight 0.42's
// Search.astro, changed in one way: the Pagefind UI and its stylesheet are loaded when the dialog first
// opens, not on every page load (and results name their lesson's module). The markup it enhances is in
// Search.astro. Build-time config comes from Starlight's virtual module, as in the original.
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { offlineLineClass } from '~/features/offline/offline-line';
import dialogStyles from './search-dialog.css?url';
import searchStyles from './search-ui.css?url';
import { addStylesheet } from '~/site/stylesheet';

/**
 * The dialog's styles, asked for as this module loads (on the first open of search). The loader
 * (search-loader.ts) waits for them before opening the dialog, so it never shows unstyled; should
 * they fail to load, search opens all the same.
 */
export const stylesLoaded = new Promise<void>((resolve) => {
	const link = addStylesheet(dialogStyles);
	if (link.sheet) resolve();
	link.onload = link.onerror = () => resolve();
});

export class BwSearch extends HTMLElement {
	constructor() {
		super();
		const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const dialogFrame = this.querySelector('.dialog-frame')!;

		/** Close the modal if a user clicks on a link or outside of the modal. */
		const onClick = (event: MouseEvent) => {
			const isLink = 'href' in (event.target || {});
			if (
				isLink ||
				(document.body.contains(event.target as Node) &&
					!dialogFrame.contains(event.target as Node))
			) {
				closeModal();
			}
		};

		// Search is not kept offline: with no connection the dialog says so instead of finding nothing.
		// A page the offline worker served from the device (it carries the offline line) counts as no
		// connection too: `navigator.onLine` can say true when the network just failed (a weak signal,
		// a captive portal), and the search files would only fail to load.
		const offlineNote = this.querySelector<HTMLElement>('.search-offline');
		const connected = () => navigator.onLine && !document.querySelector(`.${offlineLineClass}`);
		const openModal = (event?: MouseEvent) => {
			if (offlineNote) offlineNote.hidden = connected();
			if (connected())
				loadSearchUI().catch(() => {
					loading = undefined;
					if (offlineNote) offlineNote.hidden = false;
				});
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			this.querySelector('input')?.focus();
			event?.stopPropagation();
			window.addEventListener('click', onClick);
		};

		const closeModal = () => dialog.close();

		openBtn.addEventListener('click', openModal);
		openBtn.disabled = false;
		closeBtn.addEventListener('click', closeModal);

		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});

		// Listen for `ctrl + k` and `cmd + k` keyboard shortcuts.
		window.addEventListener('keydown', (e) => {
			if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {
				dialog.open ? closeModal() : openModal();
				e.preventDefault();
			}
		});

		let translations = {};
		try {
			translations = JSON.parse(this.dataset['translations'] || '{}');
		} catch {
			// Damaged translations: Pagefind's English UI strings.
		}

		let loading: Promise<void> | undefined;
		const loadSearchUI = () =>
			(loading ??= (async () => {
				if (import.meta.env.DEV) return;
				addStylesheet(searchStyles);
				// @ts-expect-error — Missing types for @pagefind/default-ui package.
				const { PagefindUI } = await import('@pagefind/default-ui');
				new PagefindUI({
					...pagefindUserConfig,
					element: '#starlight__search',
					baseUrl: import.meta.env.BASE_URL,
					bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
					showImages: false,
					translations,
					showSubResults: true,
					// Name the lesson's module next to its title (the module is also a filter).
					processResult: (result: {
						meta: { title?: string };
						filters?: Record<string, string[]>;
					}) => {
						const module = result.filters?.[this.dataset['moduleFilter'] ?? '']?.[0];
						if (module && result.meta.title && result.meta.title !== module)
							result.meta.title = `${result.meta.title} · ${module}`;
						return result;
					},
				});
				this.querySelector('input')?.focus();
			})());
	}
}

customElements.define('bw-search', BwSearch);
