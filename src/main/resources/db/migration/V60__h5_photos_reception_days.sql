-- Citizens' phone pages (issue 11): photos citizens attach to an opinion, and the stations'
-- fixed reception days (接待选民日) the station card shows with the next one.

-- Photos are re-encoded as JPEG without any metadata (EXIF, GPS) before they are stored, and are
-- shown only to the staff who handle the case. Kept in the database so that every node of a
-- cluster serves them; the anonymisation job removes them with OpinionPhotos.deleteFor.
CREATE TABLE opinion_photo (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    opinion_id    BIGINT        NOT NULL,
    position      INT           NOT NULL,
    content_type  VARCHAR(40)   NOT NULL,
    width         INT           NOT NULL,
    height        INT           NOT NULL,
    size_bytes    INT           NOT NULL,
    data          LONGBLOB      NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    CONSTRAINT uk_opinion_photo_position UNIQUE (opinion_id, position),
    CONSTRAINT fk_opinion_photo_opinion FOREIGN KEY (opinion_id) REFERENCES opinion (id)
) ${table_options};

-- Days of the month on which deputies receive constituents at the station, e.g. "10,25".
ALTER TABLE liaison_station ADD COLUMN reception_days VARCHAR(100);
