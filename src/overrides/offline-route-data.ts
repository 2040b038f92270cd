// Starlight route middleware: every page but the embed view links its language's web app manifest
// (src/routes/[locale]/manifest.webmanifest.ts), so the course can be added to a home screen in the
// reader's language. One short line of HTML per page; the browser fetches the manifest only when it
// needs it.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { embeddedId } from '~/features/embed/embed';
import { base } from '~/site/base';
import { defaultLocale } from '~/site/locales';

export const onRequest = defineRouteMiddleware((context) => {
	if (embeddedId(context.url.pathname, base)) return;
	const route = context.locals.starlightRoute;
	route.head.push({
		tag: 'link',
		attrs: {
			rel: 'manifest',
			href: `${base}${route.locale ?? defaultLocale}/manifest.webmanifest`,
		},
	});
});
