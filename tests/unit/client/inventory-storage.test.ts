import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, openDatabase, SCHEMA_VERSION, useDatabase } from '../../../src/client/storage/db.ts';
import { createOrganization, deleteOrganization } from '../../../src/client/storage/organizations.ts';
import { deleteRole, deleteSource, listRoles, listSources, saveRole, saveSource } from '../../../src/client/storage/inventory.ts';
import type { DataSourceInput } from '../../../src/core/inventory/records.ts';
import { listPlan, savePlanProgress } from '../../../src/client/storage/plan.ts';
import { bundledLists } from '../../support/inventory.ts';
import { SCHEMA_V1, SCHEMA_V4_ADDED } from '../../support/old-schemas.ts';

const lists = bundledLists();
const profile = { name: 'Ensemble Alto', role: 'producteur', discipline: 'classique', region: '06', sizeBand: '0-2' } as const;
const box: DataSourceInput = {
  kind: 'billetterie',
  tool: 'Tuxedo',
  operator: 'fournisseur-billetterie',
  holds: ['acheteurs-nommes', 'codes-postaux'],
  export: 'sur-demande',
  hosting: 'quebec',
  exportFormat: '',
  access: 'Direction',
};

let n = 0;
beforeEach(() => {
  useDatabase(openDatabase(`inventory-${++n}`));
});

describe('inventory storage', () => {
  it('keeps sources and roles per organization, dated, without empty texts', async () => {
    const org = await createOrganization(profile);
    const other = await createOrganization({ ...profile, name: 'Autre' });
    const t0 = new Date('2026-01-01T10:00:00.000Z');
    const saved = await saveSource(lists, org.id, box, undefined, t0);
    await saveSource(lists, other.id, { ...box, tool: 'Excel' });
    await saveRole(org.id, { name: 'Direction', skills: { extraction: 'autonome' }, hoursPerMonth: 4 });
    expect(saved).toMatchObject({ createdAt: t0.toISOString(), tool: 'Tuxedo' });
    expect('exportFormat' in saved).toBe(false);
    expect(saved.exportSince).toBeUndefined();
    expect((await listSources(org.id)).map((s) => s.tool)).toEqual(['Tuxedo']);
    expect((await listRoles(org.id)).map((r) => [r.name, r.hoursPerMonth])).toEqual([['Direction', 4]]);

    const t1 = new Date('2026-02-01T10:00:00.000Z');
    const gained = await saveSource(lists, org.id, { ...box, export: 'oui' }, saved.id, t1);
    expect(gained).toMatchObject({ createdAt: t0.toISOString(), exportSince: t1.toISOString(), updatedAt: t1.toISOString() });
  });

  it('refuses a value out of bounds and writes nothing', async () => {
    const org = await createOrganization(profile);
    await expect(saveSource(lists, org.id, { ...box, tool: '  ' })).rejects.toThrow();
    await expect(saveRole(org.id, { name: 'Direction', skills: {}, hoursPerMonth: 5000 })).rejects.toThrow();
    expect(await listSources(org.id)).toEqual([]);
    expect(await listRoles(org.id)).toEqual([]);
  });

  it('deletes a source or a role; deleting the organization deletes its inventory', async () => {
    const org = await createOrganization(profile);
    const s1 = await saveSource(lists, org.id, box);
    const s2 = await saveSource(lists, org.id, { ...box, tool: 'Mailchimp' });
    const r = await saveRole(org.id, { name: 'Communications', skills: {}, hoursPerMonth: 2 });
    await deleteSource(s1.id);
    expect((await listSources(org.id)).map((s) => s.id)).toEqual([s2.id]);
    await deleteRole(r.id);
    expect(await listRoles(org.id)).toEqual([]);
    await saveRole(org.id, { name: 'Direction', skills: {}, hoursPerMonth: 1 });
    await deleteOrganization(org.id);
    expect(await db().dataSources.count()).toBe(0);
    expect(await db().dataRoles.count()).toBe(0);
  });
});

describe('a plan action pointing to a source', () => {
  const ref = { questionnaireId: 'cqm-maturite', version: '3.0.0' };

  it('keeps the source it concerns, forgets it when the choice is emptied, and outlives the source', async () => {
    const org = await createOrganization(profile);
    const source = await saveSource(lists, org.id, box);
    await savePlanProgress(org.id, ref, { actionId: 'item:a:2', status: 'todo', sourceId: source.id });
    expect((await listPlan(org.id)).map((r) => r.sourceId)).toEqual([source.id]);
    // Deleting the source leaves the action's choice: the screen says the source was removed.
    await deleteSource(source.id);
    expect((await listPlan(org.id)).map((r) => r.sourceId)).toEqual([source.id]);
    await savePlanProgress(org.id, ref, { actionId: 'item:a:2', status: 'todo', sourceId: '' });
    expect((await listPlan(org.id))[0]).not.toHaveProperty('sourceId');
  });

  it('refuses a source id no inventory could have written, and writes nothing', async () => {
    const org = await createOrganization(profile);
    await expect(savePlanProgress(org.id, ref, { actionId: 'item:a:2', status: 'todo', sourceId: 'x'.repeat(101) })).rejects.toThrow();
    expect(await listPlan(org.id)).toEqual([]);
  });
});

describe('Dexie version 5', () => {
  it('upgrades a version 4 database (the plan, before the inventory): every row kept as it is, the inventory tables added and usable', async () => {
    const name = 'upgrade-v4';
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    // Versions 2 and 4 changed rows, not the inventory: a database of that shape has them already
    // upgraded, and opening it in version 5 must not touch them again.
    v4.version(2).stores({});
    v4.version(4).stores(SCHEMA_V4_ADDED);
    const org = { id: '11111111-1111-4111-8111-111111111111', name: 'Chœur', role: 'producteur', discipline: 'classique', region: '06', sizeBand: '0-2', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    const peers = { key: 'cqm-maturite@3', fetchedAt: '2026-01-02T00:00:00.000Z', kept: 'as it is' };
    const action = { organizationId: org.id, actionId: 'item:x:2', questionnaireId: 'cqm-maturite', version: '3.0.0', status: 'in-progress', owner: 'Julie', updatedAt: '2026-01-03T00:00:00.000Z' };
    await v4.table('organizations').put(org);
    await v4.table('settings').put({ key: 'currentOrganizationId', value: org.id });
    await v4.table('peers').put(peers);
    await v4.table('planActions').put(action);
    expect(v4.verno).toBe(4);
    v4.close();

    const database = openDatabase(name);
    useDatabase(database);
    await database.open();
    // The current version (6 added the respondents' stores and 7 grouped the answers, which change
    // nothing here).
    expect(database.verno).toBe(SCHEMA_VERSION);
    expect(await database.organizations.toArray()).toEqual([org]);
    expect(await database.planActions.toArray()).toEqual([action]);
    expect(await database.dataSources.toArray()).toEqual([]);
    expect(await database.peers.toArray()).toEqual([peers]);
    expect(await database.settings.get('currentOrganizationId')).toEqual({ key: 'currentOrganizationId', value: org.id });
    await saveSource(lists, org.id, box);
    expect((await listSources(org.id)).map((s) => s.tool)).toEqual(['Tuxedo']);
  });
});
