/**
 * Crockford's base 32 (https://www.crockford.com/base32.html): digits and capital letters without I, L, O
 * and U, so a code read aloud or typed from paper has no 1/I/L or 0/O mix-ups: those letters read as the
 * digits they look like, and case does not matter. Every character is also in a QR code's compact
 * alphanumeric set.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VALUE = new Map([...ALPHABET].map((char, index) => [char, index]));
for (const [look, as] of [
	['O', '0'],
	['I', '1'],
	['L', '1'],
] as const)
	VALUE.set(look, VALUE.get(as)!);

export function toBase32(bytes: Uint8Array): string {
	let out = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = (buffer << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			bits -= 5;
			out += ALPHABET[(buffer >> bits) & 31];
		}
		buffer &= (1 << bits) - 1;
	}
	if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
	return out;
}

/**
 * The bytes of base 32 text (case-insensitive); undefined if a character is not in the alphabet, or if
 * the text is not exactly what `toBase32` writes (a character too many, or padding bits set).
 */
export function fromBase32(text: string): Uint8Array | undefined {
	const bytes: number[] = [];
	let buffer = 0;
	let bits = 0;
	for (const char of text.toUpperCase()) {
		const value = VALUE.get(char);
		if (value === undefined) return undefined;
		buffer = (buffer << 5) | value;
		bits += 5;
		if (bits >= 8) {
			bits -= 8;
			bytes.push((buffer >> bits) & 255);
		}
		buffer &= (1 << bits) - 1;
	}
	return bits < 5 && buffer === 0 ? Uint8Array.from(bytes) : undefined;
}

/** CRC-32 (the one in zip and PNG): catches every mistyped character, swapped pair or cut-off end. */
export function crc32(bytes: Uint8Array): number {
	let crc = ~0;
	for (const byte of bytes) {
		crc ^= byte;
		for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return ~crc >>> 0;
}
