-- Livelihood-project vote (民生实事项目票决) and project implementation, DESIGN §4.3.
-- Runs on H2 and MySQL/MariaDB; ${table_options} makes the tables utf8mb4 on MySQL.

-- A congress (人民代表大会) whose deputies vote: a county or township congress. Its members are
-- either listed (EXPLICIT) or derived from the registry (DERIVED: active deputies of its level who
-- joined a station in the region below region_station_id, or of its level anywhere without region).
CREATE TABLE congress (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(40)  NOT NULL,
    name               VARCHAR(100) NOT NULL,
    congress_level     VARCHAR(16)  NOT NULL,
    region_station_id  BIGINT,
    membership         VARCHAR(16)  NOT NULL,
    active             BOOLEAN      NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT uk_congress_code UNIQUE (code),
    CONSTRAINT fk_congress_region FOREIGN KEY (region_station_id) REFERENCES liaison_station (id)
) ${table_options};

CREATE TABLE congress_member (
    congress_id  BIGINT NOT NULL,
    deputy_id    BIGINT NOT NULL,
    PRIMARY KEY (congress_id, deputy_id),
    CONSTRAINT fk_congress_member_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
    CONSTRAINT fk_congress_member_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
) ${table_options};

-- One vote per congress and year; business key PJ-<year>-<congress code>. The ballot rules are
-- columns of the vote and are frozen (rules_frozen_at) when the first round opens.
CREATE TABLE livelihood_vote (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    business_key            VARCHAR(64)   NOT NULL,
    congress_id             BIGINT        NOT NULL,
    vote_year               INT           NOT NULL,
    title                   VARCHAR(200)  NOT NULL,
    status                  VARCHAR(24)   NOT NULL,
    collection_opens_at     DATETIME(6)   NOT NULL,
    collection_closes_at    DATETIME(6)   NOT NULL,
    session_date            DATETIME(6)   NOT NULL,
    slots                   INT           NOT NULL,
    quorum_numerator        INT           NOT NULL,
    quorum_denominator      INT           NOT NULL,
    pass_numerator          INT           NOT NULL,
    pass_denominator        INT           NOT NULL,
    allow_equal_candidates  BOOLEAN       NOT NULL,
    max_runoff_rounds       INT           NOT NULL,
    rules_frozen_at         DATETIME(6),
    result_summary          VARCHAR(1000),
    result_published_at     DATETIME(6),
    created_by              VARCHAR(64)   NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT uk_vote_business_key UNIQUE (business_key),
    CONSTRAINT uk_vote_congress_year UNIQUE (congress_id, vote_year),
    CONSTRAINT fk_vote_congress FOREIGN KEY (congress_id) REFERENCES congress (id)
) ${table_options};

-- Each decision of party-office on the candidate list, returns included (审定记录).
CREATE TABLE vote_approval (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id     BIGINT        NOT NULL,
    decision    VARCHAR(16)   NOT NULL,
    remarks     VARCHAR(1000),
    decided_by  VARCHAR(64)   NOT NULL,
    decided_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_vote_approval_vote FOREIGN KEY (vote_id) REFERENCES livelihood_vote (id)
) ${table_options};
CREATE INDEX ix_vote_approval_vote ON vote_approval (vote_id);

-- The roll of the session (应到代表): the congress's members when the candidate list went out.
-- "All deputies" in the quorum and pass rules means this roll.
CREATE TABLE vote_roll (
    vote_id    BIGINT  NOT NULL,
    deputy_id  BIGINT  NOT NULL,
    present    BOOLEAN NOT NULL,
    PRIMARY KEY (vote_id, deputy_id),
    CONSTRAINT fk_vote_roll_vote FOREIGN KEY (vote_id) REFERENCES livelihood_vote (id),
    CONSTRAINT fk_vote_roll_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
) ${table_options};

CREATE TABLE vote_candidate (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id         BIGINT         NOT NULL,
    sort_order      INT            NOT NULL,
    title           VARCHAR(200)   NOT NULL,
    description     TEXT,
    area            VARCHAR(100)   NOT NULL,
    estimated_cost  DECIMAL(14, 2) NOT NULL,
    outcome         VARCHAR(16)    NOT NULL,
    approvals       INT,
    CONSTRAINT uk_vote_candidate_order UNIQUE (vote_id, sort_order),
    CONSTRAINT fk_vote_candidate_vote FOREIGN KEY (vote_id) REFERENCES livelihood_vote (id)
) ${table_options};

-- A proposal from a citizen, a deputy or a department (群众点单). Citizens' names and phone
-- numbers live here only, never in process variables, and are masked in lists.
CREATE TABLE project_proposal (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id            BIGINT         NOT NULL,
    tracking_code      VARCHAR(40)    NOT NULL,
    title              VARCHAR(200)   NOT NULL,
    description        TEXT           NOT NULL,
    area               VARCHAR(100)   NOT NULL,
    estimated_cost     DECIMAL(14, 2) NOT NULL,
    proposer_type      VARCHAR(16)    NOT NULL,
    proposer_name      VARCHAR(50),
    proposer_phone     VARCHAR(20),
    deputy_id          BIGINT,
    department_code    VARCHAR(40),
    submitted_by       VARCHAR(64),
    submitted_at       DATETIME(6)    NOT NULL,
    decision           VARCHAR(16)    NOT NULL,
    merged_into_id     BIGINT,
    necessity          VARCHAR(16),
    feasibility        VARCHAR(16),
    budget_assessment  VARCHAR(16),
    reason             VARCHAR(500),
    candidate_id       BIGINT,
    screened_by        VARCHAR(64),
    screened_at        DATETIME(6),
    version            BIGINT         NOT NULL,
    CONSTRAINT uk_proposal_tracking_code UNIQUE (tracking_code),
    CONSTRAINT fk_proposal_vote FOREIGN KEY (vote_id) REFERENCES livelihood_vote (id),
    CONSTRAINT fk_proposal_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id),
    CONSTRAINT fk_proposal_merged_into FOREIGN KEY (merged_into_id) REFERENCES project_proposal (id),
    CONSTRAINT fk_proposal_candidate FOREIGN KEY (candidate_id) REFERENCES vote_candidate (id)
) ${table_options};
CREATE INDEX ix_proposal_vote ON project_proposal (vote_id);

-- One ballot round: the main round, a repeat after a void round, or a run-off among tied
-- candidates. Counts are written only when the round is closed.
CREATE TABLE ballot_round (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id           BIGINT        NOT NULL,
    round_no          INT           NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    slots             INT           NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    total_deputies    INT,
    present_deputies  INT,
    opened_at         DATETIME(6),
    voting_ended_at   DATETIME(6),
    closed_at         DATETIME(6),
    issued            INT,
    returned          INT,
    valid_ballots     INT,
    invalid_ballots   INT,
    outcome           VARCHAR(16),
    runoff_slots      INT,
    empty_slots       INT,
    digest            VARCHAR(64),
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_ballot_round_no UNIQUE (vote_id, round_no),
    CONSTRAINT fk_ballot_round_vote FOREIGN KEY (vote_id) REFERENCES livelihood_vote (id)
) ${table_options};

CREATE TABLE ballot_round_candidate (
    round_id      BIGINT      NOT NULL,
    candidate_id  BIGINT      NOT NULL,
    sort_order    INT         NOT NULL,
    approvals     INT,
    oppositions   INT,
    abstentions   INT,
    passed        BOOLEAN,
    result        VARCHAR(16),
    PRIMARY KEY (round_id, candidate_id),
    CONSTRAINT fk_round_candidate_round FOREIGN KEY (round_id) REFERENCES ballot_round (id),
    CONSTRAINT fk_round_candidate_candidate FOREIGN KEY (candidate_id) REFERENCES vote_candidate (id)
) ${table_options};

-- The register (领票/投票登记): THAT a deputy received or cast a ballot in a round, by which
-- channel. The primary key stops a second ballot by any channel. No time, no surrogate id.
CREATE TABLE ballot_register (
    round_id   BIGINT      NOT NULL,
    deputy_id  BIGINT      NOT NULL,
    channel    VARCHAR(16) NOT NULL,
    PRIMARY KEY (round_id, deputy_id),
    CONSTRAINT fk_register_round FOREIGN KEY (round_id) REFERENCES ballot_round (id),
    CONSTRAINT fk_register_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
) ${table_options};

-- The ballots, WITHOUT the voter: a random 128-bit id (no insertion order), the round and the
-- canonical content. No time, no channel, no author. "sealed" is rewritten for every ballot of
-- the round in one transaction when voting ends, so no storage-level trace of the insert
-- transaction is left on the row.
CREATE TABLE ballot (
    id        VARCHAR(32) NOT NULL PRIMARY KEY,
    round_id  BIGINT      NOT NULL,
    content   TEXT        NOT NULL,
    sealed    BOOLEAN     NOT NULL,
    CONSTRAINT fk_ballot_round FOREIGN KEY (round_id) REFERENCES ballot_round (id)
) ${table_options};
CREATE INDEX ix_ballot_round ON ballot (round_id);

-- A selected project under implementation (政府买单、人大验单). Business key <vote key>-<nn>.
CREATE TABLE livelihood_project (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    business_key             VARCHAR(70)    NOT NULL,
    vote_id                  BIGINT         NOT NULL,
    candidate_id             BIGINT         NOT NULL,
    title                    VARCHAR(200)   NOT NULL,
    area                     VARCHAR(100)   NOT NULL,
    status                   VARCHAR(24)    NOT NULL,
    department_code          VARCHAR(40),
    budget                   DECIMAL(14, 2),
    planned_completion       DATE,
    completion_summary       VARCHAR(2000),
    actual_cost              DECIMAL(14, 2),
    completed_at             DATETIME(6),
    acceptance_opinion       VARCHAR(1000),
    accepted_by              VARCHAR(64),
    accepted_at              DATETIME(6),
    evaluation_vote_id       BIGINT,
    satisfied                INT,
    basically_satisfied      INT,
    unsatisfied              INT,
    evaluation_published_at  DATETIME(6),
    created_at               DATETIME(6)    NOT NULL,
    version                  BIGINT         NOT NULL,
    CONSTRAINT uk_project_business_key UNIQUE (business_key),
    CONSTRAINT uk_project_candidate UNIQUE (candidate_id),
    CONSTRAINT fk_project_vote FOREIGN KEY (vote_id) REFERENCES livelihood_vote (id),
    CONSTRAINT fk_project_candidate FOREIGN KEY (candidate_id) REFERENCES vote_candidate (id),
    CONSTRAINT fk_project_evaluation_vote FOREIGN KEY (evaluation_vote_id) REFERENCES livelihood_vote (id)
) ${table_options};
CREATE INDEX ix_project_vote ON livelihood_project (vote_id);

CREATE TABLE project_milestone (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id  BIGINT       NOT NULL,
    sort_order  INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    due_date    DATE         NOT NULL,
    CONSTRAINT fk_milestone_project FOREIGN KEY (project_id) REFERENCES livelihood_project (id)
) ${table_options};
CREATE INDEX ix_milestone_project ON project_milestone (project_id);

CREATE TABLE project_progress_report (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id        BIGINT         NOT NULL,
    report_no         INT            NOT NULL,
    percent_complete  INT            NOT NULL,
    funds_spent       DECIMAL(14, 2),
    summary           VARCHAR(2000)  NOT NULL,
    problems          VARCHAR(1000),
    submitted_by      VARCHAR(64)    NOT NULL,
    submitted_at      DATETIME(6)    NOT NULL,
    CONSTRAINT uk_progress_report_no UNIQUE (project_id, report_no),
    CONSTRAINT fk_progress_project FOREIGN KEY (project_id) REFERENCES livelihood_project (id)
) ${table_options};

CREATE TABLE project_inspection (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id    BIGINT        NOT NULL,
    deputy_id     BIGINT        NOT NULL,
    conclusion    VARCHAR(16)   NOT NULL,
    findings      VARCHAR(2000) NOT NULL,
    source_task   VARCHAR(64),
    inspected_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_inspection_task UNIQUE (source_task),
    CONSTRAINT fk_inspection_project FOREIGN KEY (project_id) REFERENCES livelihood_project (id),
    CONSTRAINT fk_inspection_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
) ${table_options};
CREATE INDEX ix_inspection_project ON project_inspection (project_id);

-- Satisfaction evaluation at the next session, kept like the ballot: a register that a deputy
-- rated, and the ratings without the rater.
CREATE TABLE project_rating_register (
    project_id  BIGINT NOT NULL,
    deputy_id   BIGINT NOT NULL,
    PRIMARY KEY (project_id, deputy_id),
    CONSTRAINT fk_rating_register_project FOREIGN KEY (project_id) REFERENCES livelihood_project (id),
    CONSTRAINT fk_rating_register_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
) ${table_options};

CREATE TABLE project_rating (
    id          VARCHAR(32) NOT NULL PRIMARY KEY,
    project_id  BIGINT      NOT NULL,
    rating      VARCHAR(24) NOT NULL,
    CONSTRAINT fk_rating_project FOREIGN KEY (project_id) REFERENCES livelihood_project (id)
) ${table_options};
CREATE INDEX ix_rating_project ON project_rating (project_id);
