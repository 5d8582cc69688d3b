/**
 * The names of horizons, efforts and statuses, from the roadmap catalog, for any language: the PDF
 * and the CSV are written in the language the person chooses, not always the screen's.
 */
import type { Effort, Horizon } from '../../core/questionnaire/schema.ts';
import type { ActionStatus } from '../../core/roadmap.ts';
import * as roadmap from '../i18n/roadmap.ts';

type Messages = typeof roadmap.fr;

export function horizonName(m: Messages, horizon: Horizon, short = false): string {
  const key = `${short ? 'horizonShort' : 'horizon'}${horizon.replace('-', '_')}` as keyof Messages;
  return m[key] as string;
}

export function effortName(m: Messages, effort: Effort): string {
  return { small: m.effortSmall, medium: m.effortMedium, large: m.effortLarge }[effort];
}

export function statusName(m: Messages, status: ActionStatus): string {
  return { todo: m.statusTodo, 'in-progress': m.statusInProgress, done: m.statusDone }[status];
}
