// What a page's MDX imports for rules that differ by place: `import { PlaceRules, Place } from '~/features/place/components';`
export { default as PlaceRules } from './PlaceRules.astro';
export { default as Place } from './Place.astro';
