import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wrapLabel } from '../../../src/client/charts/labels.ts';

const words = fc.array(fc.stringMatching(/^[A-Za-zÀ-ÿ’-]{1,14}$/), { minLength: 1, maxLength: 8 });

describe('a dimension’s name on the bars chart, on lines of its own', () => {
  it('keeps every word, in order, each line within the width unless one word alone is longer', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 6, max: 30 }), (list, width) => {
        const label = list.join(' ');
        const lines = wrapLabel(label, width);
        expect(lines.join(' ')).toBe(label);
        for (const line of lines) expect(line.length <= width || !line.includes(' ')).toBe(true);
        // No line could have taken the next line's first word.
        lines.slice(1).forEach((line, i) => expect(`${lines[i]} ${line.split(' ')[0]}`.length).toBeGreaterThan(width));
      }),
    );
  });

  it('cuts the longest name of version 3 on a phone, and leaves short ones whole', () => {
    expect(wrapLabel('Métadonnées et découvrabilité', 16)).toEqual(['Métadonnées et', 'découvrabilité']);
    expect(wrapLabel('Compétences', 16)).toEqual(['Compétences']);
  });
});
