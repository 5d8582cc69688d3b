/** The one place the client reads the clock, so storage rows and tests agree on the format. */
export function nowIso(): string {
  return new Date().toISOString();
}
