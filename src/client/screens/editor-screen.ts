/**
 * The editors' page, one step removed: the first screen names only this small module, so the page's
 * own chunks (its components, the listing PDF's button) are not listed among what the first screen
 * knows how to preload. Editors are few; one more round trip on their page costs nothing.
 */
export const loadEditor = () => import('./Editor.svelte');
