-- Privacy (issue 10): who opened a citizen's contact data, and what the anonymisation job did.
-- Shared kernel range (V1-V9). Runs on H2 and MySQL/MariaDB; ${table_options} makes the tables
-- utf8mb4 on MySQL.

-- One row each time a staff user (or the system, for an SMS) read a citizen's name or phone number
-- unmasked. Holds the case's business key and which fields were shown, never the values.
CREATE TABLE contact_access_log (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    user_id      VARCHAR(64)  NOT NULL,
    case_ref     VARCHAR(40)  NOT NULL,
    field_names  VARCHAR(100) NOT NULL,
    purpose      VARCHAR(100) NOT NULL,
    endpoint     VARCHAR(200) NOT NULL
) ${table_options};
CREATE INDEX ix_contact_access_case ON contact_access_log (case_ref, occurred_at);
CREATE INDEX ix_contact_access_user ON contact_access_log (user_id, occurred_at);
CREATE INDEX ix_contact_access_time ON contact_access_log (occurred_at);

-- One row per run of the anonymisation job (scheduled or started by the office), with its counts.
CREATE TABLE anonymisation_run (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_at         DATETIME(6)  NOT NULL,
    finished_at        DATETIME(6),
    trigger_type       VARCHAR(20)  NOT NULL,
    triggered_by       VARCHAR(64),
    retention          VARCHAR(20)  NOT NULL,
    closed_before      DATETIME(6)  NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    batches            INT          NOT NULL,
    opinions           INT          NOT NULL,
    events             INT          NOT NULL,
    feedback           INT          NOT NULL,
    assignments        INT          NOT NULL,
    message            VARCHAR(500)
) ${table_options};
CREATE INDEX ix_anonymisation_run_started ON anonymisation_run (started_at);
