/**
 * The organizations on this laptop and the one being worked on. The current one is remembered in
 * settings so a reload comes back to it.
 */
import {
  createOrganization,
  listOrganizations,
  updateOrganization,
  type OrganizationInput,
} from '../storage/organizations.ts';
import { getSetting, putSetting } from '../storage/settings.ts';
import type { OrganizationRow } from '../storage/rows.ts';

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
    const row = await createOrganization(input);
    this.list = [...this.list, row];
    await this.select(row.id);
    return row;
  }

  async update(id: string, input: OrganizationInput): Promise<OrganizationRow> {
    const row = await updateOrganization(id, input);
    this.list = this.list.map((o) => (o.id === id ? row : o));
    return row;
  }

  async select(id: string) {
    this.currentId = id;
    await putSetting(CURRENT_KEY, id);
  }
}

export const organizations = new OrganizationsState();
