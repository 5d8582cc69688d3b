/**
 * The organizations on this laptop and the one being worked on. The current one is remembered in
 * settings so a reload comes back to it.
 */
import type { OrganizationContents, OrganizationInput } from '../storage/organizations.ts';
import { getSetting, listOrganizations, putSetting } from '../storage/first-reads.ts';
import type { OrganizationRow } from '../storage/rows.ts';

/** Screens tell a full disk from other failures without importing storage themselves. */
export { isQuotaExceeded } from '../storage/errors.ts';

// The first screen only reads (./first-reads.ts); the database's code loads with the first change.
const storage = () => import('../storage/organizations.ts');

const CURRENT_KEY = 'currentOrganizationId';
const isString = (v: unknown): v is string => typeof v === 'string';

export class OrganizationsState {
  list = $state<OrganizationRow[]>([]);
  currentId = $state<string | undefined>();
  loaded = $state(false);

  current = $derived(this.list.find((o) => o.id === this.currentId) ?? this.list[0]);

  async load() {
    const [list, currentId] = await Promise.all([listOrganizations(), getSetting(CURRENT_KEY, isString)]);
    this.list = list;
    this.currentId = currentId;
    this.loaded = true;
  }

  async create(input: OrganizationInput): Promise<OrganizationRow> {
    const row = await (await storage()).createOrganization(input);
    this.list = [...this.list, row];
    await this.select(row.id);
    return row;
  }

  async update(id: string, input: OrganizationInput): Promise<OrganizationRow> {
    const row = await (await storage()).updateOrganization(id, input);
    this.list = this.list.map((o) => (o.id === id ? row : o));
    return row;
  }

  async select(id: string) {
    this.currentId = id;
    await putSetting(CURRENT_KEY, id);
  }

  async rename(id: string, name: string): Promise<OrganizationRow> {
    const existing = this.list.find((o) => o.id === id);
    if (!existing) throw new Error(`organization ${id} not found`);
    const { role, discipline, region, sizeBand } = existing;
    return this.update(id, { name, role, discipline, region, sizeBand });
  }

  /** Assessments and completed ones per organization, for the list. */
  async assessmentCounts() {
    return (await storage()).assessmentCounts();
  }

  /** What deleting would remove, for the confirmation. */
  async contents(id: string): Promise<OrganizationContents> {
    return (await storage()).organizationContents(id);
  }

  /** Deletes an organization and its assessments; another one becomes current, if any is left. */
  async remove(id: string) {
    await (await storage()).deleteOrganization(id);
    this.list = this.list.filter((o) => o.id !== id);
    if (this.currentId === id || this.currentId === undefined) {
      const next = this.list[0];
      if (next) await this.select(next.id);
      else this.currentId = undefined;
    }
  }
}

export const organizations = new OrganizationsState();
