package cn.deputylink.opinion;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.privacy.Masking;
import cn.deputylink.shared.web.PageResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opinion figures of the supervisors' dashboard, each defined once as a SQL condition on a case
 * ({@link Measure}): the same condition counts the figure (one grouped query per breakdown) and lists
 * the cases behind it (drill-down), so a number and its list cannot disagree. The conditions read
 * only the opinion row (reply rounds and working days are kept there by {@link OpinionFacts}), so a
 * breakdown is one scan of one index.
 *
 * <p>Cases are those received in the period; merged cases count as received (and merged) only. The
 * satisfaction and on-time definitions are those of {@code GET /api/opinions/stats}
 * ({@link OpinionQueries#stats}): the final rating of a closed case; a reply is late when the
 * department's deadline had passed.
 */
@Service
@Transactional(readOnly = true)
public class OpinionFigures {


    /** A figure about a case; its SQL condition is the one definition the count and the list share. */
    public enum Measure {
        RECEIVED("收到件数", "1 = 1", "统计期内收到的群众意见件数（含并案件）"),
        HANDLEABLE("应办件数", "o.status <> 'MERGED'", "收到件数中未被并案的件数，办结率和重新办理率的分母"),
        MERGED("并案件数", "o.status = 'MERGED'", "与其他案件合并办理的件数；并案件只计收到，不计办理和评价"),
        HANDLED("办结件数", "o.status = 'CLOSED'", "已办结（归档）的件数"),
        OPEN("在办件数", "o.status NOT IN ('CLOSED', 'MERGED')", "尚未办结的件数（研判、办理、待评价、督办中）"),
        OVERDUE_NOW("当前超期", "o.status = 'HANDLING' AND o.overdue_since IS NOT NULL",
                "承办单位办理期限已过、至今仍未答复的件数"),
        REPLIED("已答复", "o.replied_rounds > 0", "承办单位已答复的件数（退回“非本单位职责”的不计）"),
        REPLIED_ON_TIME("按期答复", "o.replied_rounds > 0 AND o.late_rounds = 0", "每一轮答复都在办理期限内的件数"),
        REPLIED_LATE("超期答复", "o.late_rounds > 0", "至少有一轮答复晚于办理期限的件数"),
        SATISFIED("满意", "o.status = 'CLOSED' AND o.last_rating = 'SATISFIED'", "办结件中群众最后一次评价为满意的件数"),
        BASICALLY_SATISFIED("基本满意", "o.status = 'CLOSED' AND o.last_rating = 'BASICALLY_SATISFIED'",
                "办结件中群众最后一次评价为基本满意的件数"),
        SATISFIED_OR_BASICALLY("满意＋基本满意", "o.status = 'CLOSED' AND o.last_rating IN ('SATISFIED', 'BASICALLY_SATISFIED')",
                "办结件中最后一次评价为满意或基本满意的件数，满意率的分子"),
        UNSATISFIED("不满意", "o.status = 'CLOSED' AND o.last_rating = 'UNSATISFIED'",
                "办结件中群众最后一次评价为不满意的件数（重新办理后仍不满意）"),
        UNRATED("未评价", "o.status = 'CLOSED' AND o.last_rating IS NULL", "办结件中群众未评价（含逾期未评价）的件数"),
        RATED("已评价", "o.status = 'CLOSED' AND o.last_rating IS NOT NULL", "办结件中群众已评价的件数"),
        REHANDLED("重新办理", "o.status <> 'MERGED' AND o.unsatisfied_count > 0",
                "因群众不满意而重新办理过的件数（重新办理后的评价以最后一次为准）"),
        TIMED("计时办结", "o.status = 'CLOSED' AND o.handling_working_days IS NOT NULL",
                "有答复时间的办结件，用于计算平均办理时长");

        private final String label;
        private final String condition;
        private final String definition;

        Measure(String label, String condition, String definition) {
            this.label = label;
            this.condition = condition;
            this.definition = definition;
        }

        public String label() {
            return label;
        }

        public String definition() {
            return definition;
        }
    }

    /**
     * How the figures are broken down; the key of a row is what the drill-down filters on. Names are
     * looked up once per breakdown rather than joined to every case.
     */
    public enum Dimension {
        TOTAL("'ALL'"),
        STATION("o.station_id"),
        DEPARTMENT("COALESCE(o.department_code, '-')"),
        DEPUTY("o.receiving_deputy_id"),
        CHANNEL("o.channel"),
        MONTH("YEAR(TIMESTAMPADD(MINUTE, :shift, o.received_at)) * 100"
                + " + MONTH(TIMESTAMPADD(MINUTE, :shift, o.received_at))");

        final String key;

        Dimension(String key) {
            this.key = key;
        }
    }

    /**
     * Which cases: received in [from, to); at these intake stations (null: any); received by a deputy
     * of this congress level (null: any); and within the caller's scope.
     */
    public record Filter(Instant from, Instant to, Collection<String> stationCodes, CongressLevel level,
                         OpinionAccess.Scope scope) {
    }

    /** One row of a breakdown: the count of every measure, and the working days of the timed cases. */
    public record Row(String key, String name, Map<Measure, Long> counts, long workingDays) {

        public long count(Measure m) {
            return counts.getOrDefault(m, 0L);
        }

        /** Average handling time in working days (receipt to last reply) of the timed closed cases. */
        public Double averageWorkingDays() {
            long timed = count(Measure.TIMED);
            return timed == 0 ? null : Math.round(10.0 * workingDays / timed) / 10.0;
        }
    }

    /** A case in a drill-down list: no free text, the citizen's name masked. */
    public record CaseRow(String trackingCode, String status, String statusLabel, String channelLabel,
                          String categoryLabel, String stationName, String departmentCode, Instant receivedAt,
                          Instant replyDue, boolean overdue, String ratingLabel, String citizen,
                          String processInstanceId) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final OpinionFacts facts;

    public OpinionFigures(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar, OpinionFacts facts) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.facts = facts;
    }

    public List<Row> breakdown(Filter filter, Dimension dimension) {
        facts.refresh();
        MapSqlParameterSource params = params(filter);
        StringBuilder sql = new StringBuilder("SELECT ").append(dimension.key).append(" AS k");
        for (Measure m : Measure.values()) {
            sql.append(", SUM(CASE WHEN ").append(m.condition).append(" THEN 1 ELSE 0 END) AS ").append(m.name());
        }
        sql.append(", SUM(CASE WHEN ").append(Measure.TIMED.condition)
                .append(" THEN o.handling_working_days ELSE 0 END) AS wd FROM opinion o")
                .append(where(filter, params));
        if (dimension == Dimension.DEPUTY) {
            sql.append(" AND o.receiving_deputy_id IS NOT NULL");
        }
        if (dimension != Dimension.TOTAL) {
            sql.append(" GROUP BY ").append(dimension.key);
        }
        List<Row> raw = jdbc.query(withShift(sql.toString()), params, (rs, i) -> {
            Map<Measure, Long> counts = new EnumMap<>(Measure.class);
            for (Measure m : Measure.values()) {
                counts.put(m, rs.getLong(m.name()));
            }
            return new Row(rs.getString("k"), null, counts, rs.getLong("wd"));
        });
        Map<String, String[]> names = names(dimension, raw.stream().map(Row::key).toList());
        List<Row> rows = new ArrayList<>();
        for (Row r : raw) {
            String[] codeAndName = names.getOrDefault(r.key(), new String[] {r.key(), r.key()});
            rows.add(new Row(codeAndName[0], codeAndName[1], r.counts(), r.workingDays()));
        }
        rows.sort(java.util.Comparator.comparing(Row::key));
        return rows;
    }

    /** Row keys as people read them: station and deputy ids become codes; names for every key. */
    private Map<String, String[]> names(Dimension dimension, List<String> keys) {
        Map<String, String[]> out = new java.util.HashMap<>();
        switch (dimension) {
            case TOTAL -> out.put("ALL", new String[] {"ALL", "合计"});
            case CHANNEL -> keys.forEach(k -> out.put(k, new String[] {k, OpinionChannel.valueOf(k).label()}));
            case MONTH -> keys.forEach(k -> out.put(k, new String[] {k,
                    k.substring(0, 4) + "年" + Integer.parseInt(k.substring(4)) + "月"}));
            case DEPARTMENT -> {
                jdbc.query("SELECT code, name FROM department", rs -> {
                    out.put(rs.getString(1), new String[] {rs.getString(1), rs.getString(2)});
                });
                out.put("-", new String[] {"-", "未交办"});
            }
            case STATION, DEPUTY -> {
                String table = dimension == Dimension.STATION ? "liaison_station" : "deputy";
                for (int i = 0; i < keys.size(); i += 1000) {
                    List<Long> ids = keys.subList(i, Math.min(keys.size(), i + 1000)).stream().map(Long::valueOf).toList();
                    jdbc.query("SELECT id, code, name FROM " + table + " WHERE id IN (:ids)",
                            new MapSqlParameterSource("ids", ids), rs -> {
                                out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                            });
                }
            }
            default -> throw new IllegalArgumentException(dimension.name());
        }
        return out;
    }

    /** The cases behind one number: a measure in one row of a breakdown, newest first. */
    public PageResponse<CaseRow> cases(Filter filter, Dimension dimension, String key, Measure measure, int page,
                                       int size) {
        facts.refresh();
        MapSqlParameterSource params = params(filter);
        StringBuilder where = new StringBuilder(where(filter, params)).append(" AND (").append(measure.condition)
                .append(")");
        if (dimension == Dimension.STATION || dimension == Dimension.DEPUTY) {
            List<Long> ids = jdbc.queryForList("SELECT id FROM " + (dimension == Dimension.STATION ? "liaison_station"
                    : "deputy") + " WHERE code = :code", new MapSqlParameterSource("code", key), Long.class);
            where.append(" AND ").append(dimension.key).append(" = :key");
            params.addValue("key", ids.isEmpty() ? -1L : ids.get(0));
        } else if (dimension != Dimension.TOTAL) {
            where.append(" AND ").append(dimension.key).append(" = :key");
            params.addValue("key", dimension == Dimension.MONTH ? Integer.valueOf(key) : key);
        }
        String from = " FROM opinion o JOIN liaison_station s ON s.id = o.station_id";
        long total = jdbc.queryForObject(withShift("SELECT COUNT(*) FROM opinion o" + where), params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<CaseRow> rows = jdbc.query(withShift("SELECT o.tracking_code, o.status, o.channel, o.category, s.name AS station_name,"
                + " o.department_code, o.received_at, o.reply_due, o.overdue_since, o.last_rating, o.citizen_name,"
                + " o.process_instance_id" + from + where + " ORDER BY o.received_at DESC, o.id DESC"
                + " LIMIT :limit OFFSET :offset"), params, (rs, i) -> {
                    OpinionStatus status = OpinionStatus.valueOf(rs.getString("status"));
                    String category = rs.getString("category");
                    String rating = rs.getString("last_rating");
                    Timestamp due = rs.getTimestamp("reply_due");
                    return new CaseRow(rs.getString("tracking_code"), status.name(), status.label(),
                            OpinionChannel.valueOf(rs.getString("channel")).label(),
                            OpinionCategory.labelOf(category), rs.getString("station_name"),
                            rs.getString("department_code"), rs.getTimestamp("received_at").toInstant(),
                            due == null ? null : due.toInstant(),
                            status == OpinionStatus.HANDLING && rs.getTimestamp("overdue_since") != null,
                            rating == null ? (status == OpinionStatus.CLOSED ? "未评价" : null)
                                    : Rating.valueOf(rating).label(),
                            Masking.name(rs.getString("citizen_name")), rs.getString("process_instance_id"));
                });
        return new PageResponse<>(rows, total, page, size);
    }

    private String where(Filter filter, MapSqlParameterSource params) {
        StringBuilder w = new StringBuilder(" WHERE o.received_at >= :from AND o.received_at < :to");
        if (filter.stationCodes() != null) {
            w.append(" AND o.station_id IN (:areaStations)");
            params.addValue("areaStations", stationIds(filter.stationCodes()));
        }
        if (filter.level() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM deputy_level dl WHERE dl.deputy_id = o.receiving_deputy_id"
                    + " AND dl.level = :level)");
            params.addValue("level", filter.level().name());
        }
        OpinionAccess.Scope scope = filter.scope();
        if (!scope.all()) {
            w.append(" AND (o.station_id IN (:scopeStationIds) OR o.triage_station_code IN (:scopeStations)"
                    + " OR o.department_code IN (:scopeDepartments))");
            params.addValue("scopeStationIds", stationIds(scope.stations()));
            params.addValue("scopeStations", scope.stations().isEmpty() ? List.of("") : scope.stations());
            params.addValue("scopeDepartments", scope.departments().isEmpty() ? List.of("") : scope.departments());
        }
        return w.toString();
    }

    private List<Long> stationIds(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of(-1L);
        }
        List<Long> ids = new ArrayList<>();
        List<String> list = new ArrayList<>(codes);
        for (int i = 0; i < list.size(); i += 1000) {
            ids.addAll(jdbc.queryForList("SELECT id FROM liaison_station WHERE code IN (:codes)",
                    new MapSqlParameterSource("codes", list.subList(i, Math.min(list.size(), i + 1000))), Long.class));
        }
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private MapSqlParameterSource params(Filter filter) {
        return new MapSqlParameterSource()
                .addValue("from", Timestamp.from(filter.from()))
                .addValue("to", Timestamp.from(filter.to()));
    }

    /** The zone shift goes in as a literal: a grouped expression must read the same in SELECT and GROUP BY. */
    private String withShift(String sql) {
        return sql.replace(":shift", Integer.toString(shiftMinutes()));
    }

    /**
     * Stored times are the JVM's local time; working days and months begin in the calendar's zone.
     * The calendar zones in use (Asia/Shanghai) have no daylight saving, so one offset serves.
     */
    private int shiftMinutes() {
        Instant now = Instant.now();
        ZoneId jvm = ZoneId.systemDefault();
        return (calendar.zone().getRules().getOffset(now).getTotalSeconds()
                - jvm.getRules().getOffset(now).getTotalSeconds()) / 60;
    }

    /** The measures that are rates' parts, for the exports' column order. */
    public static List<Measure> tableMeasures() {
        return new ArrayList<>(List.of(Measure.RECEIVED, Measure.HANDLED, Measure.OPEN, Measure.OVERDUE_NOW,
                Measure.REPLIED, Measure.REPLIED_ON_TIME, Measure.SATISFIED, Measure.BASICALLY_SATISFIED,
                Measure.UNSATISFIED, Measure.UNRATED, Measure.REHANDLED, Measure.MERGED));
    }
}
