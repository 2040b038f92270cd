import type { StorageKey } from '~/site/storage-keys';

/** Fired on window after quiz progress is saved, so other parts of the page (sidebar marks) can update. */
export const PROGRESS_EVENT = 'bw:progress';

/**
 * The localStorage key progress is kept under (its format: ./store.ts). It lives here, with the
 * event, so the sidebar's marks can tell whether there is any progress without loading the store.
 */
export const PROGRESS_KEY = 'bw:progress' satisfies StorageKey;
