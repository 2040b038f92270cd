// The web app manifest of one locale: what a phone needs to add the course to its home screen, opening
// in that language. Pure; the manifest route serves it.

/** The site icon's blue (public/favicon.svg): the app's bar and splash colour. */
export const themeColor = '#1d4ed8';

export interface ManifestWords {
	/** The site's title in the locale (Starlight's `title`). */
	name: string;
	/** At most about 12 characters: the label under the icon. */
	shortName: string;
	description: string;
}

export function webManifest(locale: string, lang: string, base: string, words: ManifestWords) {
	const start = `${base}${locale}/`;
	const icon = (name: string, size: number, purpose: 'any' | 'maskable') => ({
		src: `${base}icons/${name}`,
		sizes: `${size}x${size}`,
		type: 'image/png',
		purpose,
	});
	return {
		// One app per language: its id and start page are the language's home.
		id: start,
		name: words.name,
		short_name: words.shortName,
		description: words.description,
		lang,
		dir: 'ltr',
		start_url: start,
		// The whole site, so the language menu and links to other languages stay in the app.
		scope: base,
		display: 'standalone',
		theme_color: themeColor,
		background_color: '#ffffff',
		icons: [
			icon('icon-192.png', 192, 'any'),
			icon('icon-512.png', 512, 'any'),
			icon('icon-maskable-512.png', 512, 'maskable'),
		],
	};
}
