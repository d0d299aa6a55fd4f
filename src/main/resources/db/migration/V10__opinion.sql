-- Citizen opinions (群众意见, DESIGN §4.1): the case, its department assignments, citizens' ratings
-- and the timeline the tracking page and the archive show. Names and phone numbers live here
-- only, never in process variables.

CREATE TABLE opinion (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    tracking_code           VARCHAR(20)   NOT NULL,
    station_id              BIGINT        NOT NULL,
    triage_station_code     VARCHAR(40)   NOT NULL,
    channel                 VARCHAR(20)   NOT NULL,
    content                 TEXT          NOT NULL,
    category                VARCHAR(30),
    urgent                  BOOLEAN       NOT NULL,
    citizen_name            VARCHAR(50),
    citizen_phone           VARCHAR(20),
    anonymous               BOOLEAN       NOT NULL,
    receiving_deputy_id     BIGINT,
    reception_date          DATE,
    external_ref            VARCHAR(40),
    status                  VARCHAR(20)   NOT NULL,
    outcome                 VARCHAR(30),
    route                   VARCHAR(20),
    triaged_by              VARCHAR(64),
    department_code         VARCHAR(40),
    reply                   TEXT,
    replied_at              DATETIME(6),
    replied_by              VARCHAR(64),
    reply_due               DATETIME(6),
    overdue_since           DATETIME(6),
    feedback_due            DATETIME(6),
    reject_reason           VARCHAR(500),
    suggestion_deputy_code  VARCHAR(40),
    suggestion_key          VARCHAR(40),
    merged_into_id          BIGINT,
    unsatisfied_count       INT           NOT NULL,
    last_rating             VARCHAR(30),
    process_instance_id     VARCHAR(64),
    received_at             DATETIME(6)   NOT NULL,
    closed_at               DATETIME(6),
    created_by              VARCHAR(64),
    version                 BIGINT        NOT NULL,
    CONSTRAINT uk_opinion_tracking_code UNIQUE (tracking_code),
    CONSTRAINT uk_opinion_external_ref UNIQUE (external_ref),
    CONSTRAINT fk_opinion_station FOREIGN KEY (station_id) REFERENCES liaison_station (id),
    CONSTRAINT fk_opinion_deputy FOREIGN KEY (receiving_deputy_id) REFERENCES deputy (id),
    CONSTRAINT fk_opinion_merged_into FOREIGN KEY (merged_into_id) REFERENCES opinion (id)
) ${table_options};
CREATE INDEX ix_opinion_triage_station ON opinion (triage_station_code, status, received_at);
CREATE INDEX ix_opinion_station_received ON opinion (station_id, received_at);
CREATE INDEX ix_opinion_department ON opinion (department_code, status);

CREATE TABLE opinion_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    opinion_id     BIGINT        NOT NULL,
    event_type     VARCHAR(30)   NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(64),
    public_text    VARCHAR(500),
    internal_note  VARCHAR(2000),
    CONSTRAINT fk_opinion_event_opinion FOREIGN KEY (opinion_id) REFERENCES opinion (id)
) ${table_options};
CREATE INDEX ix_opinion_event_opinion ON opinion_event (opinion_id, occurred_at);

CREATE TABLE opinion_assignment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    opinion_id       BIGINT        NOT NULL,
    department_code  VARCHAR(40)   NOT NULL,
    handling_round   INT           NOT NULL,
    assigned_at      DATETIME(6)   NOT NULL,
    due_at           DATETIME(6)   NOT NULL,
    replied_at       DATETIME(6),
    overdue          BOOLEAN       NOT NULL,
    returned         BOOLEAN       NOT NULL,
    return_reason    VARCHAR(500),
    CONSTRAINT fk_opinion_assignment_opinion FOREIGN KEY (opinion_id) REFERENCES opinion (id)
) ${table_options};
CREATE INDEX ix_opinion_assignment_opinion ON opinion_assignment (opinion_id);

CREATE TABLE opinion_feedback (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    opinion_id      BIGINT        NOT NULL,
    rating          VARCHAR(30)   NOT NULL,
    rating_comment  VARCHAR(500),
    channel         VARCHAR(16)   NOT NULL,
    recorded_by     VARCHAR(64),
    handling_round  INT           NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_opinion_feedback_opinion FOREIGN KEY (opinion_id) REFERENCES opinion (id)
) ${table_options};
CREATE INDEX ix_opinion_feedback_opinion ON opinion_feedback (opinion_id);
