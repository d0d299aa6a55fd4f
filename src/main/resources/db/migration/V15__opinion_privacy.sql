-- Opinion privacy (issue 10): the anonymisation mark on a case, and the 12345 hotline imports that
-- now run in the background with progress the caller polls. Opinion range (V10-V19).

ALTER TABLE opinion ADD COLUMN anonymised_at DATETIME(6);
CREATE INDEX ix_opinion_closed_anonymised ON opinion (closed_at, anonymised_at);

CREATE TABLE hotline_import (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    public_id       VARCHAR(36)  NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    file_name       VARCHAR(200),
    file_size       BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    rows_checked    INT          NOT NULL,
    rows_imported   INT          NOT NULL,
    problem_count   INT          NOT NULL,
    message         VARCHAR(500),
    created_at      DATETIME(6)  NOT NULL,
    finished_at     DATETIME(6),
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_hotline_import_public UNIQUE (public_id)
) ${table_options};

-- The rows a finished import created (written in the import's own transaction: all or none).
CREATE TABLE hotline_import_row (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_id      BIGINT       NOT NULL,
    line_no        INT          NOT NULL,
    external_ref   VARCHAR(40),
    tracking_code  VARCHAR(20)  NOT NULL
) ${table_options};
CREATE INDEX ix_hotline_import_row_import ON hotline_import_row (import_id, line_no);

-- What was wrong with a refused file, per row and column (the first ones only, see HotlineImports).
CREATE TABLE hotline_import_problem (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_id  BIGINT        NOT NULL,
    field      VARCHAR(100)  NOT NULL,
    message    VARCHAR(500)  NOT NULL
) ${table_options};
CREATE INDEX ix_hotline_import_problem_import ON hotline_import_problem (import_id);
