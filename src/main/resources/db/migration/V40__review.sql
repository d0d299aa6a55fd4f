-- Deputy performance review (履职评价): the ledger's confirmation outcome, the annual campaigns,
-- one review per deputy and year with its score breakdown, constituents' online ratings and
-- objections raised during the public notice.

-- A self-reported ledger entry that station staff could not confirm stays on file, marked rejected.
ALTER TABLE activity_record ADD COLUMN rejected BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE activity_record ADD COLUMN rejected_reason VARCHAR(500);
CREATE INDEX ix_activity_pending ON activity_record (confirmed, rejected);

CREATE TABLE review_campaign (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    business_key          VARCHAR(40)  NOT NULL,
    review_year           INT          NOT NULL,
    -- a congress level (NATIONAL … TOWNSHIP) or ALL for every active deputy
    scope_key             VARCHAR(16)  NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    batch_size            INT          NOT NULL,
    total_count           INT          NOT NULL,
    created_count         INT          NOT NULL,
    skipped_count         INT          NOT NULL,
    -- keyset cursor: deputies with a larger id are still to be reviewed
    cursor_deputy_id      BIGINT       NOT NULL,
    duty_report_due       DATETIME(6),
    process_instance_id   VARCHAR(64),
    started_by            VARCHAR(64)  NOT NULL,
    started_at            DATETIME(6)  NOT NULL,
    creation_finished_at  DATETIME(6),
    closed_at             DATETIME(6),
    version               BIGINT       NOT NULL,
    CONSTRAINT uk_review_campaign_key UNIQUE (business_key),
    CONSTRAINT uk_review_campaign_scope UNIQUE (review_year, scope_key)
) ${table_options};

CREATE TABLE performance_review (
    id                            BIGINT AUTO_INCREMENT PRIMARY KEY,
    business_key                  VARCHAR(60)   NOT NULL,
    campaign_id                   BIGINT        NOT NULL,
    deputy_id                     BIGINT        NOT NULL,
    review_year                   INT           NOT NULL,
    status                        VARCHAR(20)   NOT NULL,
    ledger_points                 DECIMAL(7, 2),
    unexcused_absences            INT,
    duty_report_due               DATETIME(6),
    duty_report                   VARCHAR(6000),
    duty_report_by                VARCHAR(64),
    duty_report_submitted_at      DATETIME(6),
    duty_report_missing           BOOLEAN       NOT NULL,
    duty_report_points            DECIMAL(7, 2),
    appraisal_token               VARCHAR(32)   NOT NULL,
    appraisal_salt                VARCHAR(32)   NOT NULL,
    appraisal_open                BOOLEAN       NOT NULL,
    appraisal_station_code        VARCHAR(40),
    appraisal_until               DATETIME(6),
    online_satisfied              INT           NOT NULL,
    online_basically_satisfied    INT           NOT NULL,
    online_unsatisfied            INT           NOT NULL,
    meeting_held                  BOOLEAN,
    meeting_date                  DATE,
    meeting_attendees             INT,
    meeting_satisfied             INT,
    meeting_basically_satisfied   INT,
    meeting_unsatisfied           INT,
    meeting_recorded_by           VARCHAR(64),
    appraisal_points              DECIMAL(7, 2),
    unsatisfied_share             DECIMAL(6, 4),
    committee_round               INT           NOT NULL,
    committee_adjustment          DECIMAL(6, 2),
    committee_reason              VARCHAR(1000),
    committee_by                  VARCHAR(64),
    committee_at                  DATETIME(6),
    total_score                   DECIMAL(7, 2),
    rating                        VARCHAR(24),
    stars                         INT,
    notice_round                  INT           NOT NULL,
    notice_from                   DATETIME(6),
    notice_until                  DATETIME(6),
    archived_at                   DATETIME(6),
    created_at                    DATETIME(6)   NOT NULL,
    version                       BIGINT        NOT NULL,
    CONSTRAINT uk_review_key UNIQUE (business_key),
    CONSTRAINT uk_review_token UNIQUE (appraisal_token),
    CONSTRAINT uk_review_deputy_year UNIQUE (deputy_id, review_year),
    CONSTRAINT fk_review_campaign FOREIGN KEY (campaign_id) REFERENCES review_campaign (id),
    CONSTRAINT fk_review_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
) ${table_options};
CREATE INDEX ix_review_campaign_status ON performance_review (campaign_id, status);
CREATE INDEX ix_review_year_status ON performance_review (review_year, status);

-- How the ledger part of the score came about, one line per rule that applied.
CREATE TABLE review_score_line (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    review_id    BIGINT        NOT NULL,
    sort_order   INT           NOT NULL,
    rule_key     VARCHAR(40)   NOT NULL,
    label        VARCHAR(100)  NOT NULL,
    quantity     INT           NOT NULL,
    points_each  DECIMAL(6, 2) NOT NULL,
    raw_points   DECIMAL(7, 2) NOT NULL,
    cap_points   DECIMAL(7, 2),
    points       DECIMAL(7, 2) NOT NULL,
    CONSTRAINT fk_score_line_review FOREIGN KEY (review_id) REFERENCES performance_review (id)
) ${table_options};
CREATE INDEX ix_score_line_review ON review_score_line (review_id, sort_order);

-- One online rating per phone number and review; the phone is kept only as a salted hash.
CREATE TABLE review_appraisal (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    review_id    BIGINT        NOT NULL,
    phone_hash   VARCHAR(64)   NOT NULL,
    rating       VARCHAR(24)   NOT NULL,
    remark       VARCHAR(500),
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uk_appraisal_phone UNIQUE (review_id, phone_hash),
    CONSTRAINT fk_appraisal_review FOREIGN KEY (review_id) REFERENCES performance_review (id)
) ${table_options};

CREATE TABLE review_objection (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    review_id      BIGINT        NOT NULL,
    notice_round   INT           NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    contact_name   VARCHAR(50),
    contact_phone  VARCHAR(20),
    status         VARCHAR(16)   NOT NULL,
    resolution     VARCHAR(1000),
    resolved_by    VARCHAR(64),
    resolved_at    DATETIME(6),
    created_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT fk_objection_review FOREIGN KEY (review_id) REFERENCES performance_review (id)
) ${table_options};
CREATE INDEX ix_objection_review ON review_objection (review_id, notice_round);
