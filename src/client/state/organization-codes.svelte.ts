/**
 * The dashboard's organization codes: the submission mode, the batches made so far (counts only), and
 * the batch just made, whose codes exist in this page's memory and nowhere else (the server keeps
 * hashes). They are dropped when the screen goes away.
 */
import { apiUrl } from '../../core/api-paths.ts';
import { MAX_CODES_PER_BATCH } from '../../core/organization-codes.ts';
import { CodeBatchSchema, OrganizationCodesSchema, type CodeBatch, type OrganizationCodes } from '../../core/sync-api.ts';
import { toCsv } from '../../core/csv.ts';

export type CodesStatus = 'loading' | 'ready' | 'making' | 'failed';

export class OrganizationCodesState {
  status = $state<CodesStatus>('loading');
  summary = $state.raw<OrganizationCodes | undefined>();
  /** The batch just made: shown once. */
  latest = $state.raw<CodeBatch | undefined>();
  count = $state('');
  countInvalid = $state(false);

  async load() {
    try {
      const response = await fetch(apiUrl.adminOrganizationCodes(), { cache: 'no-store' });
      const parsed = OrganizationCodesSchema.safeParse(await response.json());
      if (!response.ok || !parsed.success) throw new Error('unexpected answer');
      this.summary = parsed.data;
      this.status = 'ready';
    } catch {
      this.status = 'failed';
    }
  }

  /** The count typed, if it is a whole number the server takes. */
  #count(): number | undefined {
    const value = Number(this.count.trim());
    return /^\d+$/.test(this.count.trim()) && value >= 1 && value <= MAX_CODES_PER_BATCH ? value : undefined;
  }

  async make() {
    const count = this.#count();
    this.countInvalid = count === undefined;
    if (count === undefined) return;
    this.status = 'making';
    try {
      const response = await fetch(apiUrl.adminOrganizationCodes(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ count }),
        cache: 'no-store',
      });
      const parsed = CodeBatchSchema.safeParse(await response.json());
      if (response.status !== 201 || !parsed.success) throw new Error('unexpected answer');
      this.latest = parsed.data;
      this.count = '';
      await this.load();
    } catch {
      this.status = 'failed';
    }
  }

  /** The batch as CSV (one code a line), for mail merge or printing. */
  csv(header: string): string {
    return toCsv([[header], ...(this.latest?.codes ?? []).map((code) => [code])]);
  }
}
