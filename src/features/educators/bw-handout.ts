// A printable handout's controls: a print button, and full addresses for the handout's links so a printed
// page can be followed. The element wraps the controls; the handout is its `.handout` ancestor.

export class BwHandout extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector<HTMLButtonElement>('[data-handout-print]');
		if (button) {
			button.hidden = false;
			button.addEventListener('click', () => window.print());
		}
		for (const link of (this.closest('.handout') ?? this).querySelectorAll<HTMLAnchorElement>(
			'a[href]'
		)) {
			const href = link.getAttribute('href')!;
			if (href.startsWith('#')) continue;
			// Links that show their address show it in full; others get it printed after them (handout.css).
			if (link.classList.contains('handout-url')) link.textContent = link.href;
			else link.dataset['printHref'] = link.href;
		}
	}
}

customElements.define('bw-handout', BwHandout);
