// Reading saved JSON that may be anything: another version's, damaged, or typed in by hand.

/** Stored text as a JSON object; undefined when it is longer than `maxChars`, not JSON, or not an object. */
export function storedObject(raw: string, maxChars: number): Record<string, unknown> | undefined {
	if (raw.length > maxChars) return undefined;
	try {
		const data: unknown = JSON.parse(raw);
		return typeof data === 'object' && data !== null && !Array.isArray(data)
			? (data as Record<string, unknown>)
			: undefined;
	} catch {
		return undefined;
	}
}
