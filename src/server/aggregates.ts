/**
 * The published aggregates, computed by core's disclosure rules from what the store holds, and kept
 * until the next committed write: every request after a write sees it, and reads in between cost
 * nothing.
 *
 * Each submission is placed in the version family of the version it was made on (the bundled
 * declarations, read at startup): cells never pool scores of versions that do not compare.
 */
import { familyOf, type VersionFamily } from '../core/comparability.ts';
import { publishAggregates, type PublishedCell, type PublishedReadinessCell } from '../core/disclosure.ts';
import { compareVersions } from '../core/questionnaire/schema.ts';
import type { Store } from './store.ts';

export interface Published {
  /** Every period with at least one submission, oldest first (its cells may all be suppressed). */
  periods: string[];
  /**
   * The questionnaire's families, oldest first: those the declarations define, and a family of its own
   * for any version submitted that no declaration knows (a newer app than this server).
   */
  families: { id: string; versions: string[] }[];
  cells: PublishedCell[];
  readiness: PublishedReadinessCell[];
}

export class Aggregates {
  readonly #cache = new Map<string, Published & { version: number }>();

  /** `declared`: the version families of the bundled declarations, of every questionnaire. */
  constructor(
    private readonly store: Store,
    private readonly declared: readonly VersionFamily[],
  ) {}

  /** The family a version of a questionnaire belongs to (a version nobody declared: its own). */
  /** How many questionnaires' aggregates are kept (tests: the cache stays bounded). */
  get cachedCount(): number {
    return this.#cache.size;
  }

  familyOf(questionnaireId: string, version: string): string {
    return familyOf(questionnaireId, version, this.declared);
  }

  of(questionnaireId: string): Published {
    const cached = this.#cache.get(questionnaireId);
    if (cached && cached.version === this.store.version) return cached;
    const records = this.store.records(questionnaireId, (version) => this.familyOf(questionnaireId, version));
    const families = this.declared.filter((f) => f.questionnaireId === questionnaireId).map(({ id, versions }) => ({ id, versions }));
    // A version no declaration knows is a family of its own, named by itself (familyOf).
    for (const family of new Set(records.map((r) => r.family))) {
      if (!families.some((f) => f.id === family)) families.push({ id: family, versions: [family] });
    }
    families.sort((a, b) => compareVersions(a.id, b.id));
    const { cells, readiness } = publishAggregates(records);
    const computed = {
      version: this.store.version,
      periods: [...new Set(records.map((r) => r.period))].sort(),
      families,
      cells,
      readiness,
    };
    // Only questionnaires with data are kept: any id may be asked for, and nothing may grow with them.
    if (records.length > 0) this.#cache.set(questionnaireId, computed);
    return computed;
  }
}
