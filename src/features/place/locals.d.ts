// What routes that render a page's content tell the place components (src/features/place/content.ts).
declare namespace App {
	interface Locals {
		/** The place whose rules this render shows; unset on a page's own URL (its locale's default). */
		bwPlace?: import('./places').PlaceId;
		/** The entry whose rules are shown, when it is not the route's own (a lesson's handout). */
		bwPlaceEntry?: {
			id: string;
			body?: string | undefined;
			data: { places?: readonly import('./places').PlaceId[] | undefined };
		};
		/**
		 * Where a place picker's link for each place leads, when not to the page's version for it (a
		 * handout's picker leads to the handout for that place). Its links are then followed, not swapped in.
		 */
		bwPlaceHref?: (place: import('./places').PlaceId) => string;
		/** How many <PlaceRules> blocks this render has output so far (numbers them in page order). */
		bwPlaceBlocks?: number;
		/** Whether a place picker of this render already carries the words the pickers' script needs. */
		bwPlaceWords?: boolean;
	}
}
