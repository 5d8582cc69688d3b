/**
 * The CQM dashboard's login. Credentials come from the environment; a session is a random token in an
 * HttpOnly, SameSite=Strict cookie scoped to /api/v1/admin, so page scripts cannot read it and other
 * sites cannot send it. Only the token's hash is kept, in memory: a restart logs everyone out.
 */
import { ADMIN_PATH } from '../core/api-paths.ts';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'diapason_admin';
export const SESSION_PATH = ADMIN_PATH;
export const SESSION_HOURS = 8;

const digest = (text: string) => createHash('sha256').update(text).digest();

export class AdminSessions {
  readonly #sessions = new Map<string, number>();

  constructor(
    private readonly credentials: { user: string; password: string } | null,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.credentials !== null;
  }

  /** Compares both fields in constant time, whatever their length. */
  check(user: string, password: string): boolean {
    if (!this.credentials) return false;
    const userOk = timingSafeEqual(digest(user), digest(this.credentials.user));
    const passwordOk = timingSafeEqual(digest(password), digest(this.credentials.password));
    return userOk && passwordOk;
  }

  open(): { token: string; maxAgeSeconds: number } {
    const token = randomBytes(32).toString('base64url');
    const maxAgeSeconds = SESSION_HOURS * 3600;
    this.#sessions.set(digest(token).toString('hex'), this.now() + maxAgeSeconds * 1000);
    this.#prune();
    return { token, maxAgeSeconds };
  }

  valid(token: string | undefined): boolean {
    if (!token) return false;
    const key = digest(token).toString('hex');
    const expires = this.#sessions.get(key);
    if (expires === undefined) return false;
    if (expires <= this.now()) {
      this.#sessions.delete(key);
      return false;
    }
    return true;
  }

  close(token: string | undefined): void {
    if (token) this.#sessions.delete(digest(token).toString('hex'));
  }

  #prune() {
    const now = this.now();
    for (const [key, expires] of this.#sessions) if (expires <= now) this.#sessions.delete(key);
  }
}
