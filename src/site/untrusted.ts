/** Text read from a link or from storage: a string (or finite number) with control characters removed, capped in length; anything else is undefined. */
export function untrustedText(value: unknown, max: number): string | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
	return typeof value === 'string'
		? value.replace(/[\u0000-\u001F\u007F]/g, '').slice(0, max)
		: undefined;
}

/** Longest name a budget row or a debt may have. */
export const MAX_NAME_LENGTH = 60;
