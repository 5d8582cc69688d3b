-- A quarter's published figures, computed once when the quarter closes (its end plus a grace,
-- src/core/quarters.ts) and never changed afterwards: a later submission, correction or withdrawal
-- cannot move them, so reading them twice tells nothing about who came or went in between.
-- figures: JSON of the cells that passed the disclosure rules (exact counts: the public route bands them).
CREATE TABLE snapshots (
  questionnaire_id TEXT NOT NULL,
  period TEXT NOT NULL,
  taken_on TEXT NOT NULL,
  figures TEXT NOT NULL,
  PRIMARY KEY (questionnaire_id, period)
) STRICT, WITHOUT ROWID;

-- Facts about the database itself. 'demonstration' = '1': it holds a made-up demonstration sector
-- (npm run db:seed-demo), which is never seeded into a database holding real submissions.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
