-- The office's registry (issue 18): deputy photo and mobile, change history of registry records,
-- congress terms with their memberships, and the "two links" (常委会组成人员联系代表、代表联系群众)
-- with contact logs. Household heads' names and phones are personal data: only here, masked elsewhere.

ALTER TABLE deputy ADD COLUMN mobile VARCHAR(20);

CREATE TABLE deputy_photo (
    deputy_id     BIGINT       NOT NULL PRIMARY KEY,
    content_type  VARCHAR(40)  NOT NULL,
    data          MEDIUMBLOB   NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_deputy_photo_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
) ${table_options};

CREATE TABLE registry_change (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    record_type  VARCHAR(20)   NOT NULL,
    record_code  VARCHAR(64)   NOT NULL,
    action       VARCHAR(20)   NOT NULL,
    changed_by   VARCHAR(64)   NOT NULL,
    changed_at   DATETIME(6)   NOT NULL,
    summary      VARCHAR(2000) NOT NULL
) ${table_options};
CREATE INDEX ix_registry_change_record ON registry_change (record_type, record_code, changed_at);

CREATE TABLE congress_term (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    level      VARCHAR(16)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uk_congress_term_code UNIQUE (code)
) ${table_options};

CREATE TABLE term_membership (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    term_id       BIGINT       NOT NULL,
    deputy_id     BIGINT       NOT NULL,
    joined_on     DATE         NOT NULL,
    joined_by     VARCHAR(16)  NOT NULL,
    left_on       DATE,
    leave_reason  VARCHAR(200),
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_term_membership UNIQUE (term_id, deputy_id),
    CONSTRAINT fk_term_membership_term FOREIGN KEY (term_id) REFERENCES congress_term (id),
    CONSTRAINT fk_term_membership_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
) ${table_options};
CREATE INDEX ix_term_membership_deputy ON term_membership (deputy_id);

CREATE TABLE linked_household (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    deputy_id    BIGINT       NOT NULL,
    station_id   BIGINT       NOT NULL,
    head_name    VARCHAR(50)  NOT NULL,
    head_phone   VARCHAR(20)  NOT NULL,
    address      VARCHAR(200),
    active       BOOLEAN      NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT fk_household_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id),
    CONSTRAINT fk_household_station FOREIGN KEY (station_id) REFERENCES liaison_station (id)
) ${table_options};
CREATE INDEX ix_household_deputy ON linked_household (deputy_id);
CREATE INDEX ix_household_station ON linked_household (station_id);

CREATE TABLE committee_link (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id   BIGINT       NOT NULL,
    deputy_id   BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_committee_link UNIQUE (member_id, deputy_id),
    CONSTRAINT fk_committee_link_member FOREIGN KEY (member_id) REFERENCES deputy (id),
    CONSTRAINT fk_committee_link_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
) ${table_options};

CREATE TABLE contact_log (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    household_id     BIGINT        NOT NULL,
    deputy_id        BIGINT        NOT NULL,
    method           VARCHAR(16)   NOT NULL,
    contact_date     DATE          NOT NULL,
    note             VARCHAR(1000),
    recorded_by      VARCHAR(64)   NOT NULL,
    activity_id      BIGINT,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_contact_household FOREIGN KEY (household_id) REFERENCES linked_household (id),
    CONSTRAINT fk_contact_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id),
    CONSTRAINT fk_contact_activity FOREIGN KEY (activity_id) REFERENCES activity_record (id)
) ${table_options};
CREATE INDEX ix_contact_household_date ON contact_log (household_id, contact_date);
