// What a page's MDX imports (the two names below, from '~/features/place/components') for rules that
// differ by place.
export { default as PlaceRules } from './PlaceRules.astro';
export { default as Place } from './Place.astro';
