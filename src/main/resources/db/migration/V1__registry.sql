-- DeputyLink domain schema, part 1: the shared kernel and the registry of stations, deputies and
-- departments. Runs on H2 (embedded default) and MySQL/MariaDB; ${table_options} carries
-- ENGINE/CHARSET on MySQL so that domain text is utf8mb4 (4-byte characters round-trip).

CREATE TABLE business_key_sequence (
    name        VARCHAR(60) NOT NULL PRIMARY KEY,
    last_value  BIGINT      NOT NULL
) ${table_options};

CREATE TABLE idempotency_record (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    scope         VARCHAR(40)  NOT NULL,
    idem_key      VARCHAR(100) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    result        VARCHAR(200),
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_idempotency_scope_key UNIQUE (scope, idem_key)
) ${table_options};
CREATE INDEX ix_idempotency_created ON idempotency_record (created_at);

CREATE TABLE notification (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_type  VARCHAR(16)   NOT NULL,
    recipient       VARCHAR(64)   NOT NULL,
    channel         VARCHAR(16)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    body            VARCHAR(2000),
    business_key    VARCHAR(64),
    dedupe_key      VARCHAR(200),
    created_at      DATETIME(6)   NOT NULL,
    read_at         DATETIME(6),
    CONSTRAINT uk_notification_dedupe UNIQUE (dedupe_key)
) ${table_options};
CREATE INDEX ix_notification_recipient ON notification (recipient_type, recipient);
CREATE INDEX ix_notification_business_key ON notification (business_key);

CREATE TABLE liaison_station (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                  VARCHAR(40)  NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    tier                  VARCHAR(16)  NOT NULL,
    administrative_level  VARCHAR(16)  NOT NULL,
    parent_id             BIGINT,
    address               VARCHAR(300),
    open_hours            VARCHAR(200),
    active                BOOLEAN      NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT uk_station_code UNIQUE (code),
    CONSTRAINT uk_station_name UNIQUE (name),
    CONSTRAINT fk_station_parent FOREIGN KEY (parent_id) REFERENCES liaison_station (id)
) ${table_options};

CREATE TABLE station_staff (
    station_id  BIGINT      NOT NULL,
    user_id     VARCHAR(64) NOT NULL,
    PRIMARY KEY (station_id, user_id),
    CONSTRAINT fk_staff_station FOREIGN KEY (station_id) REFERENCES liaison_station (id)
) ${table_options};
CREATE INDEX ix_station_staff_user ON station_staff (user_id);

CREATE TABLE department (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(40)  NOT NULL,
    name     VARCHAR(100) NOT NULL,
    level    VARCHAR(16)  NOT NULL,
    active   BOOLEAN      NOT NULL,
    version  BIGINT       NOT NULL,
    CONSTRAINT uk_department_code UNIQUE (code)
) ${table_options};

CREATE TABLE deputy_group (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    station_id  BIGINT,
    specialty   VARCHAR(100),
    version     BIGINT       NOT NULL,
    CONSTRAINT uk_deputy_group_code UNIQUE (code),
    CONSTRAINT fk_deputy_group_station FOREIGN KEY (station_id) REFERENCES liaison_station (id)
) ${table_options};

CREATE TABLE deputy (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(40)  NOT NULL,
    name               VARCHAR(50)  NOT NULL,
    constituency       VARCHAR(200) NOT NULL,
    group_id           BIGINT,
    specialty          VARCHAR(100),
    work_unit          VARCHAR(200),
    term               VARCHAR(100) NOT NULL,
    public_token       VARCHAR(32)  NOT NULL,
    households_linked  INT          NOT NULL,
    user_id            VARCHAR(64),
    active             BOOLEAN      NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT uk_deputy_code UNIQUE (code),
    CONSTRAINT uk_deputy_token UNIQUE (public_token),
    CONSTRAINT uk_deputy_user UNIQUE (user_id),
    CONSTRAINT fk_deputy_group FOREIGN KEY (group_id) REFERENCES deputy_group (id)
) ${table_options};
CREATE INDEX ix_deputy_name ON deputy (name);

CREATE TABLE deputy_level (
    deputy_id  BIGINT      NOT NULL,
    level      VARCHAR(16) NOT NULL,
    PRIMARY KEY (deputy_id, level),
    CONSTRAINT fk_deputy_level_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
) ${table_options};
CREATE INDEX ix_deputy_level_level ON deputy_level (level);

CREATE TABLE deputy_station (
    deputy_id   BIGINT NOT NULL,
    station_id  BIGINT NOT NULL,
    PRIMARY KEY (deputy_id, station_id),
    CONSTRAINT fk_deputy_station_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id),
    CONSTRAINT fk_deputy_station_station FOREIGN KEY (station_id) REFERENCES liaison_station (id)
) ${table_options};
CREATE INDEX ix_deputy_station_station ON deputy_station (station_id);

CREATE TABLE activity_record (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    deputy_id      BIGINT        NOT NULL,
    type           VARCHAR(40)   NOT NULL,
    activity_date  DATE          NOT NULL,
    station_id     BIGINT,
    hours          DECIMAL(6, 1),
    note           VARCHAR(1000),
    recorded_by    VARCHAR(64)   NOT NULL,
    self_reported  BOOLEAN       NOT NULL,
    confirmed      BOOLEAN       NOT NULL,
    confirmed_by   VARCHAR(64),
    confirmed_at   DATETIME(6),
    source_key     VARCHAR(120),
    created_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT uk_activity_source UNIQUE (source_key),
    CONSTRAINT fk_activity_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id),
    CONSTRAINT fk_activity_station FOREIGN KEY (station_id) REFERENCES liaison_station (id)
) ${table_options};
CREATE INDEX ix_activity_deputy_date ON activity_record (deputy_id, activity_date);
