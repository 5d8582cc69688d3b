import { describe, expect, it } from 'vitest';
import { planOutbox, withoutForeignConsent } from '../../../src/client/storage/backup/consent.ts';

const ORG = 'org-1';
const OTHER = 'org-2';
const consent = { noticeVersion: '1', at: '2026-11-21T12:00:00.000Z' };
const identity = { organizationKey: 'k', withdrawalSecret: 's', withdrawalHash: 'h' };
const row = (id: string, organizationId: string, kind = 'submission') => ({ id, kind, organizationId, status: 'queued' });

describe('an imported backup and consent to share', () => {
  const file = {
    outbox: [row('a', ORG), row('b', OTHER), row('c', OTHER, 'withdrawal')],
    settings: [
      { key: `sync:${ORG}`, value: { consent, identity } },
      { key: `sync:${OTHER}`, value: { consent, identity } },
      { key: 'currentOrganizationId', value: ORG },
    ],
  };
  const here = [{ key: `sync:${ORG}`, value: { consent: { ...consent, noticeVersion: '2' } } }];

  it('keeps requests only for organizations that consented here, and withdrawals', () => {
    expect(withoutForeignConsent(file, here).outbox.map((r) => r.id)).toEqual(['a', 'c']);
    expect(planOutbox(file, here)).toEqual({ kept: 2, dropped: 1, consentInFile: true });
  });

  it('never takes consent from the file: this laptop’s own, or none; the identity is kept to withdraw', () => {
    const { settings } = withoutForeignConsent(file, here);
    expect(settings).toEqual([
      { key: `sync:${ORG}`, value: { identity, consent: { ...consent, noticeVersion: '2' } } },
      { key: `sync:${OTHER}`, value: { identity } },
      { key: 'currentOrganizationId', value: ORG },
    ]);
  });

  it('on a laptop with no consent at all, nothing can be sent', () => {
    expect(planOutbox(file, [])).toEqual({ kept: 1, dropped: 2, consentInFile: true });
  });
});
