-- The CQM endpoint's first schema. What it holds is de-identified, not anonymized (Law 25): each row
-- is one organization's scores under a random key. No name, no answer, no address, no user agent,
-- no time finer than the quarter (the day, for idempotency records only).

-- One row per organization key: the hash of its withdrawal secret, fixed by its first submission.
CREATE TABLE organizations (
  key TEXT PRIMARY KEY,
  withdrawal_hash TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE submissions (
  -- Arrival order: "latest per period" is the highest seq.
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  -- organizations.key. Not declared as a foreign key: without an index on this column (see below) every
  -- organization deleted would scan this table; store.ts deletes the submissions itself.
  organization_key TEXT NOT NULL,
  questionnaire_id TEXT NOT NULL,
  questionnaire_version TEXT NOT NULL,
  period TEXT NOT NULL,
  role TEXT NOT NULL,
  size_band TEXT NOT NULL,
  region_group TEXT NOT NULL,
  discipline TEXT NOT NULL,
  -- {"dimensionId": score, ...}, only dimensions with enough information.
  scores TEXT NOT NULL,
  readiness TEXT
) STRICT;
-- No index on organization_key: keys are random, so such an index would cost a scattered page write on
-- every submission, for the benefit of withdrawals alone, which are rare and can afford a scan.
CREATE INDEX submissions_by_questionnaire ON submissions (questionnaire_id, period);

-- Idempotency keys: the same key with the same body replays the first response. The body itself is
-- not kept, only its SHA-256.
CREATE TABLE idempotency_keys (
  key TEXT PRIMARY KEY,
  body_hash TEXT NOT NULL,
  status INTEGER NOT NULL,
  response TEXT NOT NULL,
  organization_key TEXT NOT NULL,
  created_on TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Organization keys whose data was withdrawn: a late retry from a laptop must not bring them back.
CREATE TABLE withdrawn_organizations (
  key TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;
