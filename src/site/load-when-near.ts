/**
 * Loads an enhancement when its element comes within a screen's height of the viewport, or as soon
 * as the reader touches or tabs into it, so a lesson's first load does not pay for code far below.
 */
export function loadWhenNear(selector: string, load: () => Promise<unknown>): void {
	const elements = [...document.querySelectorAll<HTMLElement>(selector)];
	if (elements.length === 0) return;
	let started = false;
	const observer =
		'IntersectionObserver' in window
			? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
					rootMargin: '100% 0px',
				})
			: undefined;
	function start() {
		if (started) return;
		started = true;
		observer?.disconnect();
		void load();
	}
	if (!observer) return start();
	const watch = (element: HTMLElement) => {
		observer.observe(element);
		element.addEventListener('focusin', start, { once: true });
		element.addEventListener('pointerdown', start, { once: true });
	};
	elements.forEach(watch);
	// A part of the page replaced after load (the rules and quiz of another place) brings new elements.
	document.addEventListener(partsReplaced, () => {
		if (!started) document.querySelectorAll<HTMLElement>(selector).forEach(watch);
	});
}

/** The event a script dispatches on `document` after it replaces parts of the page with new markup. */
export const partsReplaced = 'bw:parts-replaced';
