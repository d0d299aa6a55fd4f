-- Abnormal bursts of online appraisals (issue 10): appraisals beyond a configured rate for one
-- deputy, or from one address for one deputy, are held back from the count and flagged to the
-- liaison office, which accepts them (counted) or rejects them (never counted).
-- client_hash: SHA-256 of the review's salt and the client address; the address itself is not kept.
ALTER TABLE review_appraisal ADD COLUMN client_hash VARCHAR(64);
ALTER TABLE review_appraisal ADD COLUMN held BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE review_appraisal ADD COLUMN flag_id BIGINT;
CREATE INDEX ix_appraisal_review_time ON review_appraisal (review_id, created_at);
CREATE INDEX ix_appraisal_client_time ON review_appraisal (review_id, client_hash, created_at);

CREATE TABLE review_appraisal_flag (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    review_id     BIGINT        NOT NULL,
    reason        VARCHAR(20)   NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    held_count    INT           NOT NULL,
    raised_at     DATETIME(6)   NOT NULL,
    decided_by    VARCHAR(64),
    decided_at    DATETIME(6),
    version       BIGINT        NOT NULL,
    CONSTRAINT fk_appraisal_flag_review FOREIGN KEY (review_id) REFERENCES performance_review (id)
) ${table_options};
CREATE INDEX ix_appraisal_flag_status ON review_appraisal_flag (status, raised_at);
