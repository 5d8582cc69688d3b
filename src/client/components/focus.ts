/**
 * After an in-app navigation, focus goes to the new screen's heading so a screen reader announces
 * it and the keyboard starts from the top. Not on the first load: the browser's own start is right.
 */
let navigated = false;

export function markNavigation() {
  navigated = true;
}

/** Svelte action for a screen's <h1 tabindex="-1">. */
export function screenHeading(node: HTMLElement, title: string) {
  const apply = (t: string) => {
    document.title = `${t} · Diapason`;
  };
  apply(title);
  if (navigated) node.focus();
  return { update: apply };
}
