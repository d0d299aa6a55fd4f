-- Supervisors' dashboard (issue 14).
--
-- Per-case facts the dashboard counts, kept on the opinion row so that every figure is one scan of
-- one index, with no lookup per case (100,000 opinions at Huanggang's scale): the reply rounds, the
-- late ones and the handling time in working days (holiday calendar). They are derived data, written
-- by OpinionFigures only; facts_version is the opinion version they were computed from, so a case
-- whose version moved on is recomputed before the next figure is read. The entity does not map them.
ALTER TABLE opinion ADD COLUMN facts_version BIGINT;
ALTER TABLE opinion ADD COLUMN replied_rounds INT;
ALTER TABLE opinion ADD COLUMN late_rounds INT;
ALTER TABLE opinion ADD COLUMN handling_working_days INT;

-- Everything a dashboard figure reads, in the order of its period filter.
CREATE INDEX ix_opinion_figures ON opinion (received_at, station_id, status, department_code, channel, last_rating,
    unsatisfied_count, overdue_since, replied_rounds, late_rounds, handling_working_days, receiving_deputy_id,
    triage_station_code);
CREATE INDEX ix_opinion_facts ON opinion (facts_version, version);
CREATE INDEX ix_opinion_overdue ON opinion (status, overdue_since);
CREATE INDEX ix_suggestion_overdue ON suggestion (overdue, status);
