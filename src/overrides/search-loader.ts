// The search button before its first use: the dialog's code and styles (bw-search.ts: <bw-search>,
// Pagefind's config, search-dialog.css) load when the reader opens search, by the button or Ctrl/⌘+K,
// not with every page. Once it is defined, the element handles the button and the shortcut itself;
// this opens the dialog it was asked for, once its styles are in.
export function loadSearchWhenAsked(): void {
	const button = document.querySelector<HTMLButtonElement>('bw-search button[data-open-modal]');
	if (!button) return;
	let loading: Promise<unknown> | undefined;
	const open = (event: Event) => {
		event.preventDefault();
		event.stopPropagation();
		button.removeEventListener('click', open);
		window.removeEventListener('keydown', onKey);
		loading ??= import('./bw-search')
			.then(({ stylesLoaded }) => stylesLoaded)
			.then(() => button.click());
	};
	const onKey = (event: KeyboardEvent) => {
		if ((event.metaKey || event.ctrlKey) && event.key === 'k') open(event);
	};
	button.addEventListener('click', open);
	window.addEventListener('keydown', onKey);
	button.disabled = false;
}
