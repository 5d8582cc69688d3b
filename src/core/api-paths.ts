/**
 * The endpoint's paths, written once: the server mounts its routes on them and the client calls them.
 * `API_BASE` is where the endpoint lives on the app's origin; `ROUTES` are relative to it (Hono's
 * patterns), `apiUrl` builds what a client fetches.
 */
export const API_BASE = '/api/v1';

export const ROUTES = {
  health: '/health',
  openapi: '/openapi.json',
  submissions: '/submissions',
  organization: '/organizations/:key',
  aggregates: '/aggregates',
  adminSession: '/admin/session',
  adminAggregates: '/admin/aggregates',
  adminOrganizationCodes: '/admin/organization-codes',
  cohortRequests: '/cohort-requests',
  cohortRequest: '/cohort-requests/:key',
  adminCohortRequests: '/admin/cohort-requests',
} as const;

/** The admin session cookie is sent to these paths only. */
export const ADMIN_PATH = `${API_BASE}/admin`;

type Query = Record<string, string>;

/** A query string; core has no DOM, so no URLSearchParams. */
const search = (query: Query) =>
  Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');

export const apiUrl = {
  submissions: () => `${API_BASE}${ROUTES.submissions}`,
  organization: (organizationKey: string) => `${API_BASE}/organizations/${encodeURIComponent(organizationKey)}`,
  aggregates: (query: Query) => `${API_BASE}${ROUTES.aggregates}?${search(query)}`,
  adminSession: () => `${API_BASE}${ROUTES.adminSession}`,
  adminAggregates: (query: Query) => `${API_BASE}${ROUTES.adminAggregates}?${search(query)}`,
  adminOrganizationCodes: () => `${API_BASE}${ROUTES.adminOrganizationCodes}`,
  cohortRequests: () => `${API_BASE}${ROUTES.cohortRequests}`,
  cohortRequest: (requestKey: string) => `${API_BASE}/cohort-requests/${encodeURIComponent(requestKey)}`,
  adminCohortRequests: () => `${API_BASE}${ROUTES.adminCohortRequests}`,
};

/**
 * Outside the endpoint, on the app's own origin like the app's files: what this deployment puts in
 * the privacy notice (`PrivacyDetails`, core/sync-api.ts). The app reads it as it reads its own
 * files, so opening the notice never calls the endpoint before someone chose to share.
 */
export const PRIVACY_DETAILS_PATH = '/privacy.json';

/**
 * Outside the endpoint, on the app's own origin: answers `Clear-Site-Data: "storage"`, so the browser
 * erases every file it keeps for the app (IndexedDB, caches, service worker). "Delete all my data"
 * needs it: a deleted IndexedDB database can stay readable in Chromium's files (see
 * client/storage/erase-browser-copies.ts). The request carries nothing.
 */
export const ERASE_BROWSER_COPIES_PATH = '/erase-browser-copies';
/** Required on that request (value "1"): a cross-site form cannot set it, a cross-origin fetch is preflighted and refused. */
export const ERASE_BROWSER_COPIES_HEADER = 'X-Diapason-Erase';
