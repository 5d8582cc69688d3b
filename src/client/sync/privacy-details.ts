/**
 * What this deployment puts in the privacy notice (its privacy contact), read from the app's origin
 * like one of its files: never from the endpoint, which the app calls only once someone chose to share.
 * Offline, the service worker answers with the last copy; without one, or from a server that sets
 * nothing, the notice says where to find CQM's contact details instead.
 */
import { PRIVACY_DETAILS_PATH } from '../../core/api-paths.ts';
import { PrivacyDetailsSchema } from '../../core/sync-api.ts';

export async function fetchPrivacyContact(doFetch: typeof fetch = fetch): Promise<string | null> {
  try {
    const response = await doFetch(PRIVACY_DETAILS_PATH, { credentials: 'omit', referrerPolicy: 'no-referrer' });
    if (!response.ok) return null;
    const parsed = PrivacyDetailsSchema.safeParse(await response.json());
    return parsed.success ? parsed.data.contact : null;
  } catch {
    return null;
  }
}
