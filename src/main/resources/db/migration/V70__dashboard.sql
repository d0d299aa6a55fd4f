-- Supervisors' dashboard (issue 14).
--
-- working_day_ordinal: for every calendar day, how many working days (Chinese holiday calendar,
-- config/calendar.yml) came up to and including it. The difference of two ordinals is the number of
-- working days between two dates, so "average handling time in working days" is one SQL sum.
-- The rows are derived data, written on start from the calendar (WorkingDayOrdinals), never by hand.
CREATE TABLE working_day_ordinal (
    calendar_day  DATE  NOT NULL PRIMARY KEY,
    ordinal       INT   NOT NULL,
    working       BOOLEAN NOT NULL
) ${table_options};

-- The dashboard reads opinions by period (received_at) and the overdue ledger by status; its
-- on-time figure probes each case's replied assignments.
CREATE INDEX ix_opinion_received ON opinion (received_at, status, station_id);
CREATE INDEX ix_opinion_overdue ON opinion (status, overdue_since);
CREATE INDEX ix_opinion_assignment_reply ON opinion_assignment (opinion_id, returned, replied_at, overdue);
CREATE INDEX ix_suggestion_overdue ON suggestion (overdue, status);
