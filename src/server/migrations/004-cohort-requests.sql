-- Hands raised for CQM's next pooling cohort. Named on purpose: the organization asked to be
-- contacted. Kept apart from the de-identified submissions and never joined with them: no organization
-- key of the sync, no scores; the day it arrived, no finer time; no address or user agent.
CREATE TABLE cohort_requests (
  -- Random, made by the laptop for this message alone.
  key TEXT PRIMARY KEY,
  -- SHA-256 of the secret the laptop keeps: only it can withdraw the message.
  withdrawal_hash TEXT NOT NULL,
  organization_name TEXT NOT NULL,
  contact_name TEXT NOT NULL,
  contact_email TEXT NOT NULL,
  -- 'ready' or 'almost'.
  readiness TEXT NOT NULL,
  -- JSON array of the readiness criteria not met.
  missing TEXT NOT NULL,
  questionnaire_id TEXT NOT NULL,
  questionnaire_version TEXT NOT NULL,
  received_on TEXT NOT NULL
) STRICT, WITHOUT ROWID;
