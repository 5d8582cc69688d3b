/** The bundled inventory lists and one-line builders for sources and roles. */
import { readFileSync } from 'node:fs';
import { parseInventoryListsText, type InventoryLists } from '../../src/core/inventory/lists.ts';
import type { DataRole, DataSource } from '../../src/core/inventory/records.ts';

export const INVENTORY_FILE = new URL('../../questionnaires/inventory/1.0.0.json', import.meta.url);

export function bundledLists(): InventoryLists {
  const parsed = parseInventoryListsText(readFileSync(INVENTORY_FILE, 'utf8'));
  if (!parsed.ok) throw new Error(`inventory lists do not parse: ${JSON.stringify(parsed.issues)}`);
  return parsed.lists;
}

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
export const ORG = '11111111-1111-4111-8111-111111111111';

export function makeSource(spec: Partial<DataSource> = {}): DataSource {
  return {
    id: id(),
    organizationId: ORG,
    kind: 'billetterie',
    tool: 'Tuxedo',
    operator: 'fournisseur-billetterie',
    holds: [],
    export: 'non',
    hosting: 'quebec',
    createdAt: '2026-01-10T12:00:00.000Z',
    updatedAt: '2026-01-10T12:00:00.000Z',
    ...spec,
  };
}

export function makeRole(spec: Partial<DataRole> = {}): DataRole {
  return {
    id: id(),
    organizationId: ORG,
    name: 'Direction',
    skills: {},
    hoursPerMonth: 0,
    createdAt: '2026-01-10T12:00:00.000Z',
    updatedAt: '2026-01-10T12:00:00.000Z',
    ...spec,
  };
}
