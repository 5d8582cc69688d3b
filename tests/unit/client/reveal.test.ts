import { describe, expect, it } from 'vitest';
import { Reveal } from '../../../src/client/reveal.svelte.ts';

/** Frames the test lets pass one at a time. */
function frames() {
  const waiting: (() => void)[] = [];
  return {
    frame: () => new Promise<void>((resolve) => waiting.push(resolve)),
    async pass() {
      waiting.shift()?.();
      await new Promise((resolve) => setTimeout(resolve));
    },
    get pending() {
      return waiting.length;
    },
  };
}

describe('Reveal', () => {
  it('draws the first entries at once, a few more each frame, then lifts the limit', async () => {
    const f = frames();
    const reveal = new Reveal(3, 2, f.frame);
    const done = reveal.start(() => 8);
    expect(reveal.shown).toBe(3);
    await f.pass();
    expect(reveal.shown).toBe(5);
    await f.pass();
    expect(reveal.shown).toBe(7);
    await f.pass();
    await done;
    // Entries added later show at once.
    expect(reveal.shown).toBe(Infinity);
    expect(f.pending).toBe(0);
  });

  it('waits for no frame when the list is short', async () => {
    const f = frames();
    const reveal = new Reveal(3, 2, f.frame);
    await reveal.start(() => 2);
    expect(reveal.shown).toBe(Infinity);
    expect(f.pending).toBe(0);
  });

  it('starts again from the first entries for a new list, and the earlier run stops', async () => {
    const f = frames();
    const reveal = new Reveal(2, 2, f.frame);
    const first = reveal.start(() => 10);
    await f.pass();
    expect(reveal.shown).toBe(4);
    const second = reveal.start(() => 3);
    expect(reveal.shown).toBe(2);
    await f.pass(); // the first run's frame: it stops without changing anything
    await first;
    expect(reveal.shown).toBe(2);
    await f.pass();
    await second;
    expect(reveal.shown).toBe(Infinity);
  });

  it('draws no more once stopped', async () => {
    const f = frames();
    const reveal = new Reveal(1, 1, f.frame);
    const run = reveal.start(() => 5);
    reveal.stop();
    await f.pass();
    await run;
    expect(reveal.shown).toBe(1);
  });
});
