/**
 * The random identity an organization syncs under: a key and a withdrawal secret drawn from the
 * browser's cryptographic generator, never derived from the organization's name or anything it
 * entered. The secret stays on this laptop; the server only ever sees its SHA-256.
 */
import type { SyncIdentity } from '../../core/sync.ts';
import { sha256Hex } from '../hash.ts';

/** crypto.subtle and randomUUID exist only in a secure context (https, or localhost). */
export function canSync(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' && crypto.subtle !== undefined;
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function newIdentity(): Promise<SyncIdentity> {
  const withdrawalSecret = base64url(crypto.getRandomValues(new Uint8Array(32)));
  return { organizationKey: crypto.randomUUID(), withdrawalSecret, withdrawalHash: await sha256Hex(withdrawalSecret) };
}
