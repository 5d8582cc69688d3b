/**
 * The published aggregates, computed by core's disclosure rules from what the store holds, and kept
 * until the next committed write: every request after a write sees it, and reads in between cost
 * nothing.
 */
import { publishAggregates, type PublishedCell } from '../core/disclosure.ts';
import type { Store } from './store.ts';

export interface Published {
  /** Every period with at least one submission, oldest first (its cells may all be suppressed). */
  periods: string[];
  cells: PublishedCell[];
}

export class Aggregates {
  readonly #cache = new Map<string, Published & { version: number }>();

  constructor(private readonly store: Store) {}

  of(questionnaireId: string): Published {
    const cached = this.#cache.get(questionnaireId);
    if (cached && cached.version === this.store.version) return cached;
    const records = this.store.records(questionnaireId);
    const computed = {
      version: this.store.version,
      periods: [...new Set(records.map((r) => r.period))].sort(),
      cells: publishAggregates(records),
    };
    this.#cache.set(questionnaireId, computed);
    return computed;
  }
}
