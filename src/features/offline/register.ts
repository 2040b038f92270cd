// Registers the offline worker once the page has loaded, so it never competes with the page's own
// first load, and asks it to keep this page (a page opened before the worker was in charge is not
// seen by it otherwise). Called by the every-page script on pages with a sidebar: every page of the
// site, but not the embed view, which has none. Kept tiny: it is on every first load.
import { base } from '~/site/base';
import { workerFile } from './paths';

/** Set by the build (src/integrations/offline.ts): a production build with offline copies on. */
declare const __BW_OFFLINE__: boolean;

export function registerOffline(): void {
	if (!__BW_OFFLINE__ || !('serviceWorker' in navigator)) return;
	const container = navigator.serviceWorker;
	addEventListener('load', () => {
		container
			.register(`${base}${workerFile}`)
			.then(() => container.ready)
			.then(
				(registration) => registration.active?.postMessage({ type: 'keep', url: location.href }),
				() => {}
			);
	});
}
