/**
 * Rows of older shapes, upgraded in one place per table. The database's schema upgrade (db.ts) and a
 * backup's import (backup/format.ts, `normalizeData`) both go through these, so a row of an old
 * shape reaches the app the same way whether it was on this laptop or in an old backup file. Each
 * function is idempotent: a row already of today's shape comes back unchanged.
 */

type Row = Record<string, unknown>;

/**
 * Outbox rows queued before rows named the questionnaire version (the version decides which peers,
 * per version family, are fetched after the send): the version is the one in the body, which is the
 * exact submission that was previewed and sent.
 */
export function upgradeOutboxRow(row: Row): Row {
  if (row.kind !== 'submission' || typeof row.version === 'string' || typeof row.body !== 'string') return row;
  try {
    const version = (JSON.parse(row.body) as { version?: unknown }).version;
    return typeof version === 'string' ? { ...row, version } : row;
  } catch {
    return row;
  }
}

/**
 * Peers cached before peers were per version family (keyed by questionnaire and period, without the
 * version and family): they cannot be told apart by family, so they are dropped. It is a cache: the
 * next send fetches the current ones.
 */
export function upgradePeersRow(row: Row): Row | undefined {
  return typeof row.version === 'string' && typeof row.family === 'string' ? row : undefined;
}

/** The rows of a table, each upgraded; rows that cannot be kept are left out. */
export function upgradeRows(table: string, rows: readonly Row[]): Row[] {
  if (table === 'outbox') return rows.map(upgradeOutboxRow);
  if (table === 'peers') return rows.map(upgradePeersRow).filter((r): r is Row => r !== undefined);
  return [...rows];
}
