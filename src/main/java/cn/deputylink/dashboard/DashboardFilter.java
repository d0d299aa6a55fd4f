package cn.deputylink.dashboard;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's filters as typed (kept for the form) and as understood: a period of days
 * [first, last], a congress level and an area (the code of a county or township station; its
 * stations below count with it).
 */
public record DashboardFilter(String period, int year, int month, int quarter, LocalDate first, LocalDate last,
                              CongressLevel level, String area) {

    public static final List<String> PERIODS = List.of("month", "quarter", "year", "custom");

    /** Reads the request parameters; every unusable one is reported by name, in Chinese. */
    public static DashboardFilter parse(Map<String, String> raw, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String period = blank(raw.get("period")) ? "year" : raw.get("period").strip();
        if (!PERIODS.contains(period)) {
            problems.add(new FieldProblem("period", "统计周期只能是月、季度、年或自定义"));
            period = "year";
        }
        int year = number(raw, "year", today.getYear(), 2000, 2100, "年份应在 2000—2100 之间", problems);
        int month = number(raw, "month", today.getMonthValue(), 1, 12, "月份应在 1—12 之间", problems);
        int quarter = number(raw, "quarter", (today.getMonthValue() - 1) / 3 + 1, 1, 4, "季度应在 1—4 之间", problems);
        LocalDate first;
        LocalDate last;
        switch (period) {
            case "month" -> {
                first = LocalDate.of(year, month, 1);
                last = first.plusMonths(1).minusDays(1);
            }
            case "quarter" -> {
                first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
                last = first.plusMonths(3).minusDays(1);
            }
            case "custom" -> {
                first = date(raw, "from", problems);
                last = date(raw, "to", problems);
                if (first != null && last != null && last.isBefore(first)) {
                    problems.add(new FieldProblem("to", "结束日期不能早于开始日期"));
                }
                if (first != null && last != null && first.plusYears(5).isBefore(last)) {
                    problems.add(new FieldProblem("to", "自定义周期最长五年"));
                }
                if (first == null) {
                    first = LocalDate.of(year, 1, 1);
                }
                if (last == null || last.isBefore(first)) {
                    last = first;
                }
            }
            default -> {
                first = LocalDate.of(year, 1, 1);
                last = LocalDate.of(year, 12, 31);
            }
        }
        CongressLevel level = null;
        if (!blank(raw.get("level"))) {
            try {
                level = CongressLevel.valueOf(raw.get("level").strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("level", "人大层级无效：" + raw.get("level")));
            }
        }
        String area = blank(raw.get("area")) ? null : raw.get("area").strip();
        DashboardFilter filter = new DashboardFilter(period, year, month, quarter, first, last, level, area);
        if (!problems.isEmpty()) {
            throw new Invalid(problems, filter);
        }
        return filter;
    }

    public static DashboardFilter ofYear(int year) {
        return new DashboardFilter("year", year, 1, 1, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null,
                null);
    }

    public Instant from(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    public Instant to(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Suggestions are counted by the year they were submitted in (the office's reporting unit). */
    public int suggestionYear() {
        return last.getYear();
    }

    public String label() {
        String p = switch (period) {
            case "month" -> year + "年" + month + "月";
            case "quarter" -> year + "年第" + quarter + "季度";
            case "custom" -> first + " 至 " + last;
            default -> year + "年";
        };
        return p + (level == null ? "" : " · " + level.label());
    }

    /** The filter as query parameters, for links (drill-down, export) that keep it. */
    public Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("period", period);
        p.put("year", Integer.toString(year));
        if ("month".equals(period)) {
            p.put("month", Integer.toString(month));
        }
        if ("quarter".equals(period)) {
            p.put("quarter", Integer.toString(quarter));
        }
        if ("custom".equals(period)) {
            p.put("from", first.toString());
            p.put("to", last.toString());
        }
        if (level != null) {
            p.put("level", level.name());
        }
        if (area != null) {
            p.put("area", area);
        }
        return p;
    }

    private static int number(Map<String, String> raw, String field, int fallback, int min, int max, String message,
                              List<FieldProblem> problems) {
        String s = raw.get(field);
        if (blank(s)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(s.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, message));
        return fallback;
    }

    private static LocalDate date(Map<String, String> raw, String field, List<FieldProblem> problems) {
        String s = raw.get(field);
        if (blank(s)) {
            problems.add(new FieldProblem(field, "自定义周期需要填写" + ("from".equals(field) ? "开始" : "结束") + "日期"));
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "日期格式应为 年-月-日，例如 2026-03-01"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Unusable filters, with the filter as far as it could be read (for the form). */
    public static final class Invalid extends InvalidInputException {

        private final transient DashboardFilter partial;

        Invalid(List<FieldProblem> problems, DashboardFilter partial) {
            super(problems);
            this.partial = partial;
        }

        public DashboardFilter partial() {
            return partial;
        }
    }
}
