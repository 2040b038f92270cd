import { base } from './base';

/** An absolute URL on this site (its `site` and base path), for examples that platforms copy: `siteUrl('en/')`. */
export function siteUrl(path = ''): string {
	return new URL(`${base}${path}`, import.meta.env.SITE).href;
}
