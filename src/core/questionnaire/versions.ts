/**
 * Rules across the versions of one questionnaire: each version after the first declares, in
 * `carryOver`, how answers to the version right before it carry over, and accounts for every item that
 * version had. The checks one file can make alone are in ./parse.ts.
 */
import { type IssueKind, type PathSegment, type QuestionnaireIssue } from './issues.ts';
import { compareVersions, type Questionnaire } from './schema.ts';

/** Issues of `next`'s `carryOver` against the previous version's file, with paths inside `next`. */
export function checkCarryOverAgainst(previous: Questionnaire, next: Questionnaire): QuestionnaireIssue[] {
  const issues: QuestionnaireIssue[] = [];
  const push = (path: PathSegment[], kind: IssueKind) => issues.push({ ...kind, path });
  const carryOver = next.carryOver;
  if (!carryOver) {
    push([], { kind: 'carry-over-missing', previous: previous.version });
    return issues;
  }
  if (carryOver.fromVersion !== previous.version) {
    push(['carryOver', 'fromVersion'], {
      kind: 'carry-over-not-previous',
      fromVersion: carryOver.fromVersion,
      previous: previous.version,
    });
    return issues;
  }
  const previousIds = new Set(previous.items.map((i) => i.id));
  const nextIds = new Set(next.items.map((i) => i.id));
  const declared = new Set<string>();
  carryOver.items.forEach((entry, e) => {
    const here: PathSegment[] = ['carryOver', 'items', e];
    declared.add(entry.item);
    if (!previousIds.has(entry.item)) {
      push([...here, 'item'], { kind: 'unknown-previous-item', id: entry.item, version: previous.version });
    }
    // Renaming into an id the previous version had and still keeps would merge two items' answers.
    if (entry.becomes !== undefined && entry.becomes !== entry.item && previousIds.has(entry.becomes)) {
      const other = carryOver.items.find((x) => x.item === entry.becomes);
      const keptAsItIs = !other || (!other.removed && other.becomes === undefined);
      if (keptAsItIs) push([...here, 'becomes'], { kind: 'carry-over-target-taken', id: entry.becomes, version: previous.version });
    }
  });
  for (const item of previous.items) {
    if (!nextIds.has(item.id) && !declared.has(item.id)) {
      push(['carryOver', 'items'], { kind: 'previous-item-unaccounted', id: item.id, version: previous.version });
    }
  }
  return issues;
}

/**
 * Every version of one questionnaire, checked as a chain: the oldest may stand alone; each later one
 * follows the version right before it. Returns the issues per version (only versions with issues).
 */
export function checkVersionChain(versions: readonly Questionnaire[]): Map<string, QuestionnaireIssue[]> {
  const sorted = [...versions].sort((a, b) => compareVersions(a.version, b.version));
  const out = new Map<string, QuestionnaireIssue[]>();
  sorted.forEach((q, i) => {
    const previous = sorted[i - 1];
    let issues: QuestionnaireIssue[];
    if (previous) issues = checkCarryOverAgainst(previous, q);
    else if (q.carryOver) {
      issues = [
        { kind: 'previous-version-missing', version: q.carryOver.fromVersion, path: ['carryOver', 'fromVersion'] },
      ];
    } else issues = [];
    if (issues.length) out.set(q.version, issues);
  });
  return out;
}
