// The worker a build writes when offline copies are turned off (BW_OFFLINE=off, see docs/operating.md):
// browsers that have the offline worker fetch this one as its update, and it deletes the copies and
// unregisters itself. Pages of such a build register no worker.
import { cachePrefix } from './paths';
import type { WorkerScope } from './sw-types';

const worker = self as unknown as WorkerScope;

worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));

worker.addEventListener('activate', (event) =>
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys())
				if (name.startsWith(cachePrefix)) await caches.delete(name);
			await worker.registration.unregister();
		})()
	)
);
