/**
 * How Pagefind ranks results, for the site's search box (astro.config.mjs) and the search tests alike.
 * Pages' versions for other places (src/features/place/) index only their short rules blocks, which
 * lowers the average indexed length; with Pagefind's default length penalty (0.75) a whole lesson then
 * lost to its module's short overview for its own title words. A milder penalty keeps lessons first.
 */
export const pagefindRanking = { pageLength: 0.4 };
