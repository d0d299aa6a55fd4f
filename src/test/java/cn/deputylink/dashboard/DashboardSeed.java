package cn.deputylink.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes dashboard test data straight into the domain tables (batch SQL, as the benchmark does for
 * 120,000 cases): stations, departments, opinions with their assignments, and suggestions. The rows
 * carry exactly the fields the workflows would have left, so the figures can be counted by hand.
 */
final class DashboardSeed {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;

    DashboardSeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    long station(String code, String name, String tier, String level, Long parentId) {
        Timestamp now = ts(Instant.now());
        jdbc.update("INSERT INTO liaison_station (code, name, tier, administrative_level, parent_id, active, created_at,"
                + " updated_at, version) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, 0)", code, name, tier, level, parentId, now, now);
        return jdbc.queryForObject("SELECT id FROM liaison_station WHERE code = ?", Long.class, code);
    }

    void department(String code, String name) {
        jdbc.update("INSERT INTO department (code, name, level, active, version) VALUES (?, ?, 'COUNTY', TRUE, 0)",
                code, name);
    }

    /** One opinion as the workflow leaves it. */
    static final class Opinion {
        String trackingCode;
        long stationId;
        String triageStation;
        String channel = "RECEPTION_DAY";
        String category = "TRAFFIC";
        String citizenName;
        String status;
        String department;
        Instant receivedAt;
        Instant repliedAt;
        Instant replyDue;
        Instant overdueSince;
        String lastRating;
        int unsatisfiedCount;
        String mergedInto;
        String processInstanceId;
        final List<Object[]> assignments = new ArrayList<>();

        Opinion(String trackingCode, long stationId, String triageStation, String status, Instant receivedAt) {
            this.trackingCode = trackingCode;
            this.stationId = stationId;
            this.triageStation = triageStation;
            this.status = status;
            this.receivedAt = receivedAt;
        }

        Opinion department(String code) {
            department = code;
            return this;
        }

        Opinion replied(Instant at) {
            repliedAt = at;
            return this;
        }

        Opinion rating(String rating) {
            lastRating = rating;
            return this;
        }

        Opinion rehandled() {
            unsatisfiedCount = 1;
            return this;
        }

        Opinion citizen(String name) {
            citizenName = name;
            return this;
        }

        Opinion channel(String c) {
            channel = c;
            return this;
        }

        Opinion overdue(Instant due) {
            replyDue = due;
            overdueSince = due;
            return this;
        }

        Opinion mergedInto(String code) {
            mergedInto = code;
            return this;
        }

        /** A reply round: assigned, due, replied (or null), late. */
        Opinion assignment(int round, Instant assigned, Instant due, Instant replied, boolean late) {
            assignments.add(new Object[] {round, ts(assigned), ts(due), ts(replied), late});
            return this;
        }
    }

    void opinions(List<Opinion> list) {
        jdbc.batchUpdate("INSERT INTO opinion (tracking_code, station_id, triage_station_code, channel, content, category,"
                + " urgent, citizen_name, anonymous, status, department_code, replied_at, reply_due, overdue_since,"
                + " unsatisfied_count, last_rating, process_instance_id, received_at, closed_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                list.stream().map(o -> new Object[] {o.trackingCode, o.stationId, o.triageStation, o.channel,
                        "测试意见内容", o.category, o.citizenName, o.status, o.department, ts(o.repliedAt), ts(o.replyDue),
                        ts(o.overdueSince), o.unsatisfiedCount, o.lastRating, o.processInstanceId, ts(o.receivedAt),
                        "CLOSED".equals(o.status) ? ts(o.repliedAt) : null}).toList());
        for (Opinion o : list) {
            if (o.mergedInto != null) {
                jdbc.update("UPDATE opinion SET merged_into_id = (SELECT id FROM (SELECT id FROM opinion WHERE"
                        + " tracking_code = ?) t) WHERE tracking_code = ?", o.mergedInto, o.trackingCode);
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (Opinion o : list) {
            for (Object[] a : o.assignments) {
                rows.add(new Object[] {o.trackingCode, o.department, a[0], a[1], a[2], a[3], a[4]});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO opinion_assignment (opinion_id, department_code, handling_round, assigned_at,"
                    + " due_at, replied_at, overdue, returned) SELECT id, ?, ?, ?, ?, ?, ?, FALSE FROM opinion"
                    + " WHERE tracking_code = ?", rows.stream().map(r -> new Object[] {r[1], r[2], r[3], r[4], r[5],
                    r[6], r[0]}).toList());
        }
    }

    /** One suggestion as the workflow leaves it. */
    static final class Suggestion {
        String key;
        String department;
        int year;
        String status = "CLOSED";
        Instant assignedAt;
        Instant replyDue;
        boolean extended;
        boolean overdue;
        boolean keySuggestion;
        String consultation;
        String resultClass;
        Instant firstRepliedAt;
        Boolean onTime;
        String firstRating;
        String secondRating;
        boolean resolved;
        LocalDate promisedDate;

        Suggestion(String key, String department, int year, Instant assignedAt, Instant replyDue) {
            this.key = key;
            this.department = department;
            this.year = year;
            this.assignedAt = assignedAt;
            this.replyDue = replyDue;
        }
    }

    void suggestions(List<Suggestion> list, long leadDeputyId) {
        Timestamp now = ts(Instant.now());
        jdbc.batchUpdate("INSERT INTO suggestion (business_key, title, content, raised_during, submission_year,"
                + " lead_deputy_id, status, submitted_at, return_count, lead_department, key_suggestion, assigned_at,"
                + " reply_due, extended, overdue, transferred, consultation_method, consultation_waived, result_class,"
                + " promised_date, first_replied_at, replied_at, replied_on_time, reply_count, first_rating,"
                + " second_rating, resolved, created_at, updated_at, version)"
                + " VALUES (?, ?, '测试建议内容', 'RECESS', ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, FALSE, ?, FALSE, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, 0)",
                list.stream().map(s -> new Object[] {s.key, "关于" + s.key + "的建议", s.year, leadDeputyId, s.status,
                        ts(s.assignedAt), s.department, s.keySuggestion, ts(s.assignedAt), ts(s.replyDue), s.extended,
                        s.overdue, s.consultation, s.resultClass,
                        s.promisedDate == null ? null : Date.valueOf(s.promisedDate), ts(s.firstRepliedAt),
                        ts(s.firstRepliedAt), s.onTime, s.firstRepliedAt == null ? 0 : 1, s.firstRating,
                        s.secondRating, s.resolved, now, now}).toList());
    }
}
