/**
 * One organization's inventory, as the screens see it: its sources and roles, loaded from this
 * laptop, and the facts derived from them (readiness evidence, the Law 25 table, the dates).
 */
import { deleteRole, deleteSource, listRoles, listSources, saveRole, saveSource } from '../storage/inventory.ts';
import type { DataRoleRow, DataSourceRow } from '../storage/inventory-rows.ts';
import type { DataRoleInput, DataSourceInput } from '../../core/inventory/records.ts';
import { readinessFromInventory, type CriterionEvidence } from '../../core/inventory/readiness.ts';
import { inventoryLists } from '../questionnaires/inventory-lists.ts';

export { inventoryLists };

export class InventoryState {
  sources = $state<DataSourceRow[]>([]);
  roles = $state<DataRoleRow[]>([]);
  loaded = $state(false);

  /** The latest change to the inventory, for "updated on". */
  updatedAt = $derived([...this.sources, ...this.roles].map((r) => r.updatedAt).sort().at(-1));

  constructor(readonly organizationId: string) {}

  async load() {
    const [sources, roles] = await Promise.all([listSources(this.organizationId), listRoles(this.organizationId)]);
    this.sources = sources;
    this.roles = roles;
    this.loaded = true;
  }

  async saveSource(input: DataSourceInput, id?: string): Promise<DataSourceRow> {
    const row = await saveSource(inventoryLists, this.organizationId, input, id);
    this.sources = id ? this.sources.map((s) => (s.id === id ? row : s)) : [...this.sources, row];
    return row;
  }

  async deleteSource(id: string) {
    await deleteSource(id);
    this.sources = this.sources.filter((s) => s.id !== id);
  }

  async saveRole(input: DataRoleInput, id?: string): Promise<DataRoleRow> {
    const row = await saveRole(this.organizationId, input, id);
    this.roles = id ? this.roles.map((r) => (r.id === id ? row : r)) : [...this.roles, row];
    return row;
  }

  async deleteRole(id: string) {
    await deleteRole(id);
    this.roles = this.roles.filter((r) => r.id !== id);
  }

  evidence(criterionIds: readonly string[]): CriterionEvidence[] {
    return readinessFromInventory(inventoryLists, criterionIds, { sources: this.sources, roles: this.roles });
  }
}
