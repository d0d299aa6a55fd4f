-- Deputy suggestions (代表建议): the case file of the deputy-suggestion workflow. The process keeps
-- only ids and routing facts; texts, consultation records, replies and ratings live here.

CREATE TABLE suggestion (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    business_key           VARCHAR(20)   NOT NULL,
    title                  VARCHAR(200)  NOT NULL,
    content                TEXT          NOT NULL,
    category               VARCHAR(60),
    raised_during          VARCHAR(16)   NOT NULL,
    submission_year        INT           NOT NULL,
    lead_deputy_id         BIGINT        NOT NULL,
    opinion_id             BIGINT,
    opinion_tracking_code  VARCHAR(40),
    status                 VARCHAR(24)   NOT NULL,
    process_instance_id    VARCHAR(64),
    submitted_at           DATETIME(6)   NOT NULL,
    admission_comment      VARCHAR(1000),
    admitted_at            DATETIME(6),
    return_count           INT           NOT NULL,
    lead_department        VARCHAR(40),
    key_suggestion         BOOLEAN       NOT NULL,
    assigned_at            DATETIME(6),
    reply_due              DATETIME(6),
    extended               BOOLEAN       NOT NULL,
    overdue                BOOLEAN       NOT NULL,
    transferred            BOOLEAN       NOT NULL,
    transfer_reason        VARCHAR(1000),
    consultation_method    VARCHAR(16),
    consultation_date      DATE,
    consultation_summary   TEXT,
    consultation_waived    BOOLEAN       NOT NULL,
    result_class           VARCHAR(1),
    reply_text             TEXT,
    result_reason          TEXT,
    promised_date          DATE,
    first_replied_at       DATETIME(6),
    replied_at             DATETIME(6),
    replied_on_time        BOOLEAN,
    reply_count            INT           NOT NULL,
    first_rating           VARCHAR(24),
    second_rating          VARCHAR(24),
    rating_comment         VARCHAR(1000),
    rated_at               DATETIME(6),
    resolved               BOOLEAN       NOT NULL,
    resolved_at            DATETIME(6),
    closed_at              DATETIME(6),
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT uk_suggestion_key UNIQUE (business_key),
    CONSTRAINT uk_suggestion_opinion UNIQUE (opinion_id),
    CONSTRAINT fk_suggestion_deputy FOREIGN KEY (lead_deputy_id) REFERENCES deputy (id)
) ${table_options};
CREATE INDEX ix_suggestion_year_dept ON suggestion (submission_year, lead_department);
CREATE INDEX ix_suggestion_status ON suggestion (status);

-- 领衔代表 and 联名代表: every signer sees the suggestion and gets a ledger entry.
CREATE TABLE suggestion_signer (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    suggestion_id  BIGINT   NOT NULL,
    deputy_id      BIGINT   NOT NULL,
    lead_signer    BOOLEAN  NOT NULL,
    sort_order     INT      NOT NULL,
    CONSTRAINT uk_suggestion_signer UNIQUE (suggestion_id, deputy_id),
    CONSTRAINT fk_signer_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id),
    CONSTRAINT fk_signer_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
) ${table_options};
CREATE INDEX ix_signer_deputy ON suggestion_signer (deputy_id);

-- 主办 / 协办单位 of one assignment round; a re-assignment ("not ours") deactivates the old rows.
CREATE TABLE suggestion_department (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    suggestion_id    BIGINT       NOT NULL,
    department_code  VARCHAR(40)  NOT NULL,
    handling_role    VARCHAR(16)  NOT NULL,
    active           BOOLEAN      NOT NULL,
    assigned_at      DATETIME(6)  NOT NULL,
    opinion          TEXT,
    opinion_at       DATETIME(6),
    CONSTRAINT fk_sdept_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id)
) ${table_options};
CREATE INDEX ix_sdept_suggestion ON suggestion_department (suggestion_id);
CREATE INDEX ix_sdept_department ON suggestion_department (department_code, active);

-- 延期申请: one row per request; at most one is pending at a time.
CREATE TABLE suggestion_extension (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    suggestion_id  BIGINT        NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    requested_due  DATE,
    requested_by   VARCHAR(64)   NOT NULL,
    requested_at   DATETIME(6)   NOT NULL,
    decision       VARCHAR(16)   NOT NULL,
    decided_by     VARCHAR(64),
    decided_at     DATETIME(6),
    decision_comment VARCHAR(1000),
    granted_due    DATETIME(6),
    CONSTRAINT fk_sext_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id)
) ${table_options};
CREATE INDEX ix_sext_suggestion ON suggestion_extension (suggestion_id);

-- The case journal (办理过程): returns, consultations, co-handler opinions, progress reports,
-- supervision notes — what the deputy, the office and the citizen's tracking page read.
CREATE TABLE suggestion_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    suggestion_id  BIGINT       NOT NULL,
    event_type     VARCHAR(32)  NOT NULL,
    actor          VARCHAR(64),
    department_code VARCHAR(40),
    note           TEXT,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_sevent_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id)
) ${table_options};
CREATE INDEX ix_sevent_suggestion ON suggestion_event (suggestion_id);
