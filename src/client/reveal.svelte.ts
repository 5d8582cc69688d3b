import { afterNextPaint } from './paint.ts';

/**
 * How many entries of a long list to draw: `first` at once, then `step` more after each painted frame,
 * then all of them. A plan's fifty action cards, or a step's eight questions, drawn in one task blocked
 * every key and click for a quarter of a second on a slow phone (Lighthouse's 4× slower CPU); drawn a
 * few at a time, the top of the screen shows sooner and no task is long. Once everything is drawn the
 * limit goes away, so entries added later (a reopened action) show at once.
 */
export class Reveal {
  shown = $state(0);
  #run = 0;

  constructor(
    readonly first: number,
    readonly step: number,
    /** Waits for the next frame to be drawn (replaced in tests). */
    private readonly frame: () => Promise<void> = afterNextPaint,
  ) {
    this.shown = first;
  }

  /** Draws a new list: `first` entries now, the rest over the next frames (an earlier run stops). */
  async start(total: () => number): Promise<void> {
    const run = ++this.#run;
    this.shown = this.first;
    while (this.shown < total()) {
      await this.frame();
      if (run !== this.#run) return;
      this.shown += this.step;
    }
    this.shown = Infinity;
  }

  /** The screen went away: no more frames. */
  stop(): void {
    this.#run++;
  }
}
