/**
 * Which picture of the profile fits: a radar reads well up to eight dimensions on a wide enough
 * screen; with more, or on a phone, its labels overlap and get cut, so horizontal bars are drawn
 * instead (the table beside carries the same figures either way).
 */
import { MAX_RADAR_DIMENSIONS } from '../../core/questionnaire/limits.ts';

export type ProfileChartKind = 'radar' | 'bars';

/** Below this width (CSS pixels, 30rem) a screen is narrow. */
export const NARROW_SCREEN_PX = 480;

export function profileChartKind(dimensions: number, screenWidth: number): ProfileChartKind {
  return dimensions > MAX_RADAR_DIMENSIONS || screenWidth < NARROW_SCREEN_PX ? 'bars' : 'radar';
}
