package cn.deputylink.opinion;

import cn.deputylink.shared.calendar.WorkingDayCalendar;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-case facts the dashboard's figures read (columns of opinion, migration V70): reply rounds,
 * late rounds, and the handling time in working days from receipt to the last reply of a closed case.
 * A case whose version moved on since its facts were computed is recomputed before figures are read,
 * so the figures are never stale; a workflow change racing the write simply leaves the case for the
 * next refresh (the write is conditional on the version it read).
 */
@Component
public class OpinionFacts {

    private static final int BATCH = 2_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate tx;

    public OpinionFacts(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar,
                        PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The newest timeline event seen: every change to a case adds one (OpinionTimeline). */
    private final java.util.concurrent.atomic.AtomicLong lastEvent = new java.util.concurrent.atomic.AtomicLong(-1);
    private volatile long lastFullCheck;

    /**
     * Brings stale cases up to date; returns how many were computed. Cheap when little changed: new
     * cases (no facts yet) by index, changed ones by the timeline events since the last call; the whole
     * table is compared with its facts on the first call and then at most once a minute, which also
     * catches a change made without an event.
     */
    public synchronized int refresh() {
        int total = 0;
        long now = System.currentTimeMillis();
        if (lastEvent.get() < 0 || now - lastFullCheck > 60_000) {
            Long maxEvent = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM opinion_event",
                    new MapSqlParameterSource(), Long.class);
            total += drain("SELECT id FROM opinion WHERE facts_version IS NULL OR facts_version <> version LIMIT "
                    + BATCH);
            lastEvent.set(maxEvent);
            lastFullCheck = now;
            return total;
        }
        total += drain("SELECT id FROM opinion WHERE facts_version IS NULL LIMIT " + BATCH);
        Long maxEvent = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM opinion_event",
                new MapSqlParameterSource(), Long.class);
        if (maxEvent > lastEvent.get()) {
            List<Long> changed = jdbc.queryForList("SELECT DISTINCT opinion_id FROM opinion_event WHERE id > :after"
                    + " AND id <= :upto", new MapSqlParameterSource("after", lastEvent.get()).addValue("upto", maxEvent),
                    Long.class);
            for (int i = 0; i < changed.size(); i += BATCH) {
                List<Long> batch = changed.subList(i, Math.min(changed.size(), i + BATCH));
                Integer n = tx.execute(status -> computeAndWrite(batch));
                total += n == null ? 0 : n;
            }
            lastEvent.set(maxEvent);
        }
        return total;
    }

    private int drain(String staleQuery) {
        int total = 0;
        while (true) {
            List<Long> stale = jdbc.queryForList(staleQuery, new MapSqlParameterSource(), Long.class);
            if (stale.isEmpty()) {
                return total;
            }
            Integer written = tx.execute(status -> computeAndWrite(stale));
            if (written == null || written == 0) {
                // every case of the batch changed while it was computed: the next call gets them
                return total;
            }
            total += written;
        }
    }

    private int computeAndWrite(List<Long> stale) {
        List<MapSqlParameterSource> updates = new ArrayList<>();
        jdbc.query("SELECT o.id, o.version, o.status, o.received_at, o.replied_at,"
                + " (SELECT COUNT(*) FROM opinion_assignment a WHERE a.opinion_id = o.id AND a.returned = FALSE"
                + "   AND a.replied_at IS NOT NULL) AS replied,"
                + " (SELECT COUNT(*) FROM opinion_assignment a WHERE a.opinion_id = o.id AND a.returned = FALSE"
                + "   AND a.replied_at IS NOT NULL AND a.overdue = TRUE) AS late"
                + " FROM opinion o WHERE o.id IN (:ids)", new MapSqlParameterSource("ids", stale), rs -> {
                    Timestamp received = rs.getTimestamp("received_at");
                    Timestamp replied = rs.getTimestamp("replied_at");
                    Integer days = "CLOSED".equals(rs.getString("status")) && replied != null
                            ? calendar.workingDaysBetween(calendar.today(received.toInstant()),
                                    calendar.today(replied.toInstant()))
                            : null;
                    updates.add(new MapSqlParameterSource("id", rs.getLong("id"))
                            .addValue("version", rs.getLong("version"))
                            .addValue("replied", rs.getInt("replied"))
                            .addValue("late", rs.getInt("late"))
                            .addValue("days", days));
                });
        int[] counts = jdbc.batchUpdate("UPDATE opinion SET replied_rounds = :replied, late_rounds = :late,"
                + " handling_working_days = :days, facts_version = :version WHERE id = :id AND version = :version",
                updates.toArray(MapSqlParameterSource[]::new));
        return java.util.Arrays.stream(counts).map(c -> c < 0 ? 1 : c).sum();
    }
}
