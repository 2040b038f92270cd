/** The site's base path with one trailing slash (`/` or `/learn/`), for links built in code. */
export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
