/**
 * Organization codes: what CQM staff hand their members so that one organization is one voice. A code
 * is 16 characters from an alphabet without look-alikes (no 0/O, no 1/I), in four groups of four:
 * 80 random bits, so guessing one is hopeless and a plain SHA-256 of it is a safe thing to store.
 *
 * Pure: the random bytes are passed in.
 */
import { z } from 'zod/mini';

/** 32 symbols (5 bits each): the letters but I and O, the digits but 0 and 1. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 16;
/** Codes per batch: enough for CQM's members, small enough to show on one screen and print. */
export const MAX_CODES_PER_BATCH = 500;

/** 16 random bytes → "ABCD-EFGH-JKMN-PQRS" (the low 5 bits of each of the first 16 bytes). */
export function formatOrganizationCode(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new RangeError(`need ${CODE_LENGTH} random bytes`);
  let text = '';
  for (let i = 0; i < CODE_LENGTH; i++) text += CODE_ALPHABET[bytes[i]! & 31];
  return text.match(/.{4}/g)!.join('-');
}

/** What is hashed: upper case, without hyphens or spaces, so "abcd efgh…" typed by hand still matches. */
export function normalizeOrganizationCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** POST /admin/organization-codes: how many codes to make. */
export const CodeBatchRequestSchema = z.strictObject({
  count: z.number().check(z.int(), z.gte(1), z.lte(MAX_CODES_PER_BATCH)),
});
