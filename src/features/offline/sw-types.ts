// The parts of a service worker's global scope the offline worker uses. The project compiles with the
// DOM library, which a service worker's own (WebWorker) conflicts with, so the worker declares these
// few shapes itself and reads `self` through them.

export interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}

export interface FetchEvent extends ExtendableEvent {
	readonly request: Request;
	respondWith(response: Promise<Response>): void;
}

/** A page (window) the worker can answer. */
export interface WindowClient {
	readonly url: string;
	postMessage(message: unknown): void;
}

export interface ExtendableMessageEvent extends ExtendableEvent {
	readonly data: unknown;
	readonly source: { postMessage(message: unknown): void } | null;
}

export interface WorkerScope {
	readonly location: { readonly origin: string };
	readonly clients: {
		matchAll(options: {
			type: 'window';
			includeUncontrolled: boolean;
		}): Promise<readonly WindowClient[]>;
	};
	readonly registration: { unregister(): Promise<boolean> };
	skipWaiting(): Promise<void>;
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
	addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
