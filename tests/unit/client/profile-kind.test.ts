/** Radar or bars: the radar only while its labels can fit (../../../src/client/charts/profile-kind.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NARROW_SCREEN_PX, profileChartKind } from '../../../src/client/charts/profile-kind.ts';
import { MAX_RADAR_DIMENSIONS } from '../../../src/core/questionnaire/limits.ts';

describe('profileChartKind', () => {
  it('draws a radar for six dimensions on a laptop, bars on a phone', () => {
    expect(profileChartKind(6, 1280)).toBe('radar');
    expect(profileChartKind(6, 390)).toBe('bars');
  });

  it('draws bars for more than eight dimensions, whatever the screen', () => {
    expect(profileChartKind(8, 1280)).toBe('radar');
    expect(profileChartKind(10, 1280)).toBe('bars');
    expect(profileChartKind(15, 1920)).toBe('bars');
  });

  it('property: a radar only with at most eight dimensions on a screen at least 480 px wide', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 200, max: 3000 }), (n, width) => {
        const radar = n <= MAX_RADAR_DIMENSIONS && width >= NARROW_SCREEN_PX;
        expect(profileChartKind(n, width)).toBe(radar ? 'radar' : 'bars');
      }),
    );
  });
});
