-- Organization codes: CQM staff generate them in batches on the dashboard and hand one to each member.
-- Only the SHA-256 of a code is kept, never the code. A code binds to the first organization key that
-- submits with it and can never speak for another key, so one code is one voice.
-- organization_key links the code to the key while the organization's data is stored; a withdrawal
-- clears it (the code stays used: it cannot bring a second key in).
CREATE TABLE organization_codes (
  hash TEXT PRIMARY KEY,
  batch INTEGER NOT NULL,
  created_on TEXT NOT NULL,
  used INTEGER NOT NULL DEFAULT 0,
  organization_key TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX organization_codes_by_batch ON organization_codes (batch);
