/** Resolves once the browser has drawn what the DOM holds now (the task after the next frame). */
export const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
