-- The citizen's secret for a case (issue 10): a 6-digit 查询码 and a private-link token, shown once at
-- intake. Only SHA-256 hashes are kept (the 查询码 hashed together with the tracking code).
-- One rating per case and handling round, so that of two parallel ratings exactly one is kept.
ALTER TABLE opinion ADD COLUMN access_code_hash VARCHAR(64);
ALTER TABLE opinion ADD COLUMN link_token_hash VARCHAR(64);
CREATE UNIQUE INDEX uk_opinion_feedback_round ON opinion_feedback (opinion_id, handling_round);
