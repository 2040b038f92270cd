/** Fired on window after quiz progress is saved, so other parts of the page (sidebar marks) can update. */
export const PROGRESS_EVENT = 'bw:progress';
