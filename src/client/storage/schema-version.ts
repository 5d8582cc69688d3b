/**
 * The database's name and the schema version the app expects, apart from Dexie: the first screen's
 * reads (./first-reads.ts) check the version without loading Dexie. db.ts's last `version()` must be
 * this one (a unit test holds them together).
 */
export const DB_NAME = 'diapason';
export const SCHEMA_VERSION = 7;
