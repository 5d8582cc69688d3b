/**
 * Answer migration between questionnaire versions: the answers of an organization's last assessment
 * become the starting answers of its next one, following each version's `carryOver` declaration
 * (same id, renamed, removed, level remapped). Pure: the client marks what comes out "to confirm".
 */
import { isLevel, NOT_APPLICABLE, type AnswerValue } from './answers.ts';
import { compareVersions, type Item, type Level, type Questionnaire } from './questionnaire/schema.ts';

/** What one item's answer carries: a value, a note, or both. */
export interface CarriedAnswer {
  itemId: string;
  value?: AnswerValue;
  note?: string;
}

/**
 * The versions to walk from `fromVersion` to `toVersion`, both included, each one following the one
 * before it by its `carryOver.fromVersion`; `[q]` when both are the same version. Undefined when there
 * is no such chain (a different questionnaire, a downgrade, a missing version).
 */
export function carryOverPath(
  versions: readonly Questionnaire[],
  fromVersion: string,
  toVersion: string,
): Questionnaire[] | undefined {
  const byVersion = new Map(versions.map((q) => [q.version, q]));
  const path: Questionnaire[] = [];
  let current = byVersion.get(toVersion);
  while (current) {
    path.unshift(current);
    if (current.version === fromVersion) return path;
    const previous = current.carryOver?.fromVersion;
    // A declaration must point back in time; this also stops any loop a broken file could make.
    if (previous === undefined || compareVersions(previous, current.version) >= 0) return undefined;
    current = byVersion.get(previous);
  }
  return undefined;
}

/** Whether every step of the path declares its scores comparable with the version before it. */
export function scoresComparable(path: readonly Pick<Questionnaire, 'carryOver'>[]): boolean {
  return path.slice(1).every((q) => q.carryOver?.scoresComparable === true);
}

/** The answers of `path[0]` as answers of the path's last version, in that version's item order. */
export function carryAnswers(path: readonly Questionnaire[], answers: readonly CarriedAnswer[]): CarriedAnswer[] {
  const first = path[0];
  if (!first) return [];
  let current = keepValid(first, answers);
  for (let i = 1; i < path.length; i++) {
    const next = path[i];
    if (next) current = step(next, current);
  }
  return current;
}

/** One version to the next. */
function step(next: Questionnaire, answers: readonly CarriedAnswer[]): CarriedAnswer[] {
  const entries = new Map((next.carryOver?.items ?? []).map((e) => [e.item, e]));
  const moved: CarriedAnswer[] = [];
  for (const answer of answers) {
    const entry = entries.get(answer.itemId);
    if (entry?.removed) continue;
    const itemId = entry?.becomes ?? answer.itemId;
    const value = isLevel(answer.value) ? remap(answer.value, entry?.levels) : answer.value;
    moved.push({ ...answer, itemId, ...(value === undefined ? {} : { value }) });
  }
  return keepValid(next, moved);
}

function remap(level: Level, levels: readonly { from: Level; to: Level }[] | undefined): Level {
  return levels?.find((m) => m.from === level)?.to ?? level;
}

/**
 * Keeps what `q` can hold: answers to its items (the first one per item), "not applicable" only
 * where the item allows it (the note stays), and nothing empty.
 */
function keepValid(q: Questionnaire, answers: readonly CarriedAnswer[]): CarriedAnswer[] {
  const items = new Map<string, Item>(q.items.map((item) => [item.id, item]));
  const byItem = new Map<string, CarriedAnswer>();
  for (const answer of answers) {
    const item = items.get(answer.itemId);
    if (!item || byItem.has(item.id)) continue;
    const value = answer.value === NOT_APPLICABLE && !item.notApplicable ? undefined : answer.value;
    const note = answer.note === '' ? undefined : answer.note;
    if (value === undefined && note === undefined) continue;
    byItem.set(item.id, {
      itemId: item.id,
      ...(value === undefined ? {} : { value }),
      ...(note === undefined ? {} : { note }),
    });
  }
  return q.items.flatMap((item) => byItem.get(item.id) ?? []);
}
