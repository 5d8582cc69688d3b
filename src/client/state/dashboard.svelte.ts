/**
 * The CQM dashboard's session and data. The session is an HttpOnly cookie set by the server: this
 * code never sees it, only whether the server accepts it.
 */
import { apiUrl } from '../../core/api-paths.ts';
import { ApiErrorSchema, SectorAggregatesSchema, type SectorAggregates } from '../../core/sync-api.ts';

export type DashboardStatus = 'checking' | 'signed-out' | 'signed-in';
export type DashboardError = 'wrong-credentials' | 'admin-disabled' | 'rate-limited' | 'unreachable';

export class DashboardState {
  status = $state<DashboardStatus>('checking');
  error = $state<DashboardError | undefined>();
  data = $state.raw<SectorAggregates | undefined>();

  constructor(readonly questionnaireId: string) {}

  async check() {
    try {
      const response = await fetch(apiUrl.adminSession(), { cache: 'no-store' });
      const session = (await response.json()) as { signedIn?: unknown };
      if (session.signedIn === true) return this.#load();
      this.status = 'signed-out';
    } catch {
      this.status = 'signed-out';
      this.error = 'unreachable';
    }
  }

  async signIn(user: string, password: string) {
    this.error = undefined;
    let response: Response;
    try {
      response = await fetch(apiUrl.adminSession(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user, password }),
        cache: 'no-store',
      });
    } catch {
      this.error = 'unreachable';
      return;
    }
    if (response.status === 204) return this.#load();
    const parsed = ApiErrorSchema.safeParse(await response.json().catch(() => undefined));
    const code = parsed.success ? parsed.data.error : undefined;
    this.error = code === 'admin-disabled' ? 'admin-disabled' : code === 'rate-limited' ? 'rate-limited' : response.status === 401 ? 'wrong-credentials' : 'unreachable';
  }

  async signOut() {
    try {
      await fetch(apiUrl.adminSession(), { method: 'DELETE', cache: 'no-store' });
    } finally {
      this.data = undefined;
      this.status = 'signed-out';
    }
  }

  async #load() {
    try {
      const response = await fetch(apiUrl.adminAggregates({ questionnaireId: this.questionnaireId }), {
        cache: 'no-store',
      });
      if (response.status === 401) {
        this.status = 'signed-out';
        return;
      }
      const parsed = SectorAggregatesSchema.safeParse(await response.json());
      if (!response.ok || !parsed.success) throw new Error('unexpected answer');
      this.data = parsed.data;
      this.status = 'signed-in';
    } catch {
      this.error = 'unreachable';
      this.status = 'signed-out';
    }
  }
}
