// The reader's chosen place in the browser: a `?place=` link first (and remembered), then the choice
// saved under `bw:place`. Browser-safe; the lesson picker and the tools read it the same way.
import { readKey, writeKey, type WriteResult } from '~/site/storage';
import { isPlace, placeParam, type PlaceId } from './places';

/** The place saved on this device, if any (anything else stored there is ignored). */
export function savedPlace(): PlaceId | undefined {
	const value = readKey('bw:place');
	return isPlace(value) ? value : undefined;
}

export function savePlace(place: PlaceId): WriteResult {
	return writeKey('bw:place', place);
}

/**
 * The place the reader wants: a valid `?place=` in the address (saved, so it sticks on the next page),
 * else the saved one. `unknown` is true when the address asked for a place the course does not cover.
 */
export function wantedPlace(search = globalThis.location?.search ?? ''): {
	place: PlaceId | undefined;
	unknown: boolean;
} {
	const asked = placeParam(search);
	if (asked && asked !== 'unknown') {
		savePlace(asked);
		return { place: asked, unknown: false };
	}
	return { place: savedPlace(), unknown: asked === 'unknown' };
}
