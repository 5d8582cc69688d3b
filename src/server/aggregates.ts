/**
 * The published figures: the snapshots of closed quarters (./store.ts), taken once by the writer
 * when a quarter's grace ends (src/core/quarters.ts) and never recomputed. The open quarter is never
 * published, so no read between two writes can tell what a write changed: there is no live oracle.
 *
 * Snapshots are read from the database and kept until it changes (SQLite's data_version sees commits
 * from any connection, the seed command's included).
 */
import { familyOf, type VersionFamily } from '../core/comparability.ts';
import type { PublishedCell, PublishedReadinessCell } from '../core/disclosure.ts';
import type { Store } from './store.ts';

export interface Published {
  /** Every closed quarter with a snapshot, oldest first (its cells may all be suppressed). */
  periods: string[];
  /** The questionnaire's families of the bundled declarations, oldest first. */
  families: { id: string; versions: string[] }[];
  cells: PublishedCell[];
  readiness: PublishedReadinessCell[];
  /** Whether the database holds the demonstration sector. */
  demonstration: boolean;
}

export class Aggregates {
  readonly #cache = new Map<string, Published & { version: string }>();

  /** `declared`: the version families of the bundled declarations, of every questionnaire. */
  constructor(
    private readonly store: Store,
    private readonly declared: readonly VersionFamily[],
  ) {}

  /** How many questionnaires' figures are kept (tests: the cache stays bounded). */
  get cachedCount(): number {
    return this.#cache.size;
  }

  /** The family a version of a questionnaire belongs to (a version nobody declared: its own). */
  familyOf(questionnaireId: string, version: string): string {
    return familyOf(questionnaireId, version, this.declared);
  }

  of(questionnaireId: string): Published {
    const version = `${this.store.version}:${this.store.db.pragma('data_version', { simple: true })}`;
    const cached = this.#cache.get(questionnaireId);
    if (cached && cached.version === version) return cached;
    const snapshots = this.store.snapshots(questionnaireId);
    const computed = {
      version,
      periods: snapshots.map((s) => s.period),
      families: this.declared.filter((f) => f.questionnaireId === questionnaireId).map(({ id, versions }) => ({ id, versions })),
      cells: snapshots.flatMap((s) => s.cells),
      readiness: snapshots.flatMap((s) => s.readiness),
      demonstration: this.store.isDemonstration(),
    };
    // Only bundled questionnaires with snapshots are kept: any id may be asked for, and nothing may grow with them.
    if (snapshots.length > 0) this.#cache.set(questionnaireId, computed);
    return computed;
  }
}
