/** Resolves once the browser has drawn what the DOM holds now (the task after the next frame). */
export const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Resolves in a task of its own: what follows runs apart from what came before (a module's evaluation
 * and the drawing that uses it were one long task, when the page could answer no key or click).
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
