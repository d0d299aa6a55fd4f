package cn.deputylink.suggestion;

import cn.deputylink.department.DepartmentRepository;
import cn.deputylink.suggestion.SuggestionDtos.Rate;
import cn.deputylink.suggestion.SuggestionDtos.StatsReport;
import cn.deputylink.suggestion.SuggestionDtos.StatsRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures the office reports (Dezhou: 1,704 suggestions, satisfaction above 95%): per lead
 * department and overall, for the suggestions submitted in a year and admitted for handling.
 */
@Service
public class SuggestionStats {

    public static final List<String> DEFINITIONS = List.of(
            "统计范围：当年提出、经审核立案交办的代表建议，按主办单位统计",
            "按期办复率 = 在办复期限内首次办复的件数 ÷（已办复件数 + 已超过办复期限仍未办复的件数）",
            "面商率 = 办复前与代表面商的件数 ÷ 已办复件数（代表表示无需面商的不计为面商）",
            "问题解决率 = （A类件数 + 已落实解决的B类件数）÷ 已办复件数，以最终办理结果为准",
            "满意率 =（满意件数 + 基本满意件数）÷ 已评价件数，以代表最后一次评价为准");

    private final SuggestionRepository suggestions;
    private final DepartmentRepository departments;

    public SuggestionStats(SuggestionRepository suggestions, DepartmentRepository departments) {
        this.suggestions = suggestions;
        this.departments = departments;
    }

    @Transactional(readOnly = true)
    public StatsReport compute(int year, String department) {
        return report(year, department, suggestions.findAssigned(year, department));
    }

    /** The report and, from the same suggestions, counts of further measures per lead department and "ALL". */
    public record ReportWithCounts(StatsReport report, Map<String, Map<Measure, Long>> counts) {
    }

    @Transactional(readOnly = true)
    public ReportWithCounts computeWith(int year, String department, List<Measure> measures) {
        List<Suggestion> assigned = suggestions.findAssigned(year, department);
        return new ReportWithCounts(report(year, department, assigned), counts(assigned, measures));
    }

    private StatsReport report(int year, String department, List<Suggestion> assigned) {
        Instant now = SuggestionService.now();
        Map<String, List<Suggestion>> byDepartment = new TreeMap<>();
        assigned.forEach(s -> byDepartment.computeIfAbsent(s.getLeadDepartment(), k -> new ArrayList<>()).add(s));
        Map<String, String> names = new java.util.HashMap<>();
        departments.findAll().forEach(d -> names.put(d.getCode(), d.getName()));
        List<StatsRow> rows = new ArrayList<>();
        byDepartment.forEach((code, list) -> rows.add(row(code, names.getOrDefault(code, code), list, now)));
        return new StatsReport(year, department, suggestions.countSubmitted(year),
                suggestions.countByStatus(year, SuggestionStatus.UNDER_REVIEW)
                        + suggestions.countByStatus(year, SuggestionStatus.RETURNED),
                suggestions.countByStatus(year, SuggestionStatus.CONVERTED_TO_LETTER),
                suggestions.countByStatus(year, SuggestionStatus.WITHDRAWN),
                row(null, "合计", assigned, now), rows, DEFINITIONS);
    }

    /**
     * Each figure of the table as a condition on one suggestion: {@link #row} counts with it and the
     * dashboard's drill-down lists with it, so a number and the cases behind it agree.
     */
    public enum Measure {
        ASSIGNED("交办件数", (s, now) -> true),
        REPLIED("已办复", (s, now) -> s.getFirstRepliedAt() != null),
        REPLIED_ON_TIME("按期办复", (s, now) -> Boolean.TRUE.equals(s.getRepliedOnTime())),
        LATE_UNREPLIED("超期未办复", (s, now) -> s.getFirstRepliedAt() == null && s.getReplyDue() != null
                && now.isAfter(s.getReplyDue())),
        CONSULTED("已面商", (s, now) -> s.getFirstRepliedAt() != null && s.isConsulted()),
        RESULT_A("A类", (s, now) -> replied(s, ResultClass.A)),
        RESULT_B("B类", (s, now) -> replied(s, ResultClass.B)),
        RESULT_C("C类", (s, now) -> replied(s, ResultClass.C)),
        RESULT_D("D类", (s, now) -> replied(s, ResultClass.D)),
        RESOLVED_B("B类已解决", (s, now) -> replied(s, ResultClass.B) && s.isResolved()),
        RESOLVED("已解决（A类＋B类已解决）", (s, now) -> replied(s, ResultClass.A)
                || (replied(s, ResultClass.B) && s.isResolved())),
        OVERDUE("超期件数", (s, now) -> s.isOverdue()),
        RATED("已评价", (s, now) -> s.finalRating() != null),
        SATISFIED("满意", (s, now) -> s.finalRating() == Rating.SATISFIED),
        BASICALLY_SATISFIED("基本满意", (s, now) -> s.finalRating() == Rating.BASICALLY_SATISFIED),
        SATISFIED_OR_BASICALLY("满意＋基本满意", (s, now) -> s.finalRating() == Rating.SATISFIED
                || s.finalRating() == Rating.BASICALLY_SATISFIED),
        UNSATISFIED("不满意", (s, now) -> s.finalRating() == Rating.UNSATISFIED),
        EXTENDED("经批准延期", (s, now) -> s.isExtended()),
        KEY("重点督办建议", (s, now) -> s.isKeySuggestion()),
        B_FOLLOW_UP("B类跟踪落实中", (s, now) -> replied(s, ResultClass.B) && !s.isResolved()),
        B_FOLLOW_UP_DUE("B类承诺期限已到未落实", (s, now) -> replied(s, ResultClass.B) && !s.isResolved()
                && s.getPromisedDate() != null
                && !s.getPromisedDate().isAfter(java.time.LocalDate.ofInstant(now, java.time.ZoneId.systemDefault())));

        private final String label;
        private final java.util.function.BiPredicate<Suggestion, Instant> test;

        Measure(String label, java.util.function.BiPredicate<Suggestion, Instant> test) {
            this.label = label;
            this.test = test;
        }

        public String label() {
            return label;
        }

        public boolean test(Suggestion s, Instant now) {
            return test.test(s, now);
        }

        private static boolean replied(Suggestion s, ResultClass result) {
            return s.getFirstRepliedAt() != null && s.getResultClass() == result;
        }
    }

    /** The assigned suggestions of a year (optionally of one lead department) that a measure counts. */
    @Transactional(readOnly = true)
    public List<Suggestion> cases(int year, String department, Measure measure) {
        Instant now = SuggestionService.now();
        return suggestions.findAssigned(year, department).stream().filter(s -> measure.test(s, now)).toList();
    }

    private static Map<String, Map<Measure, Long>> counts(List<Suggestion> assigned, List<Measure> measures) {
        Instant now = SuggestionService.now();
        Map<String, Map<Measure, Long>> out = new TreeMap<>();
        for (Suggestion s : assigned) {
            for (Measure m : measures) {
                if (m.test(s, now)) {
                    out.computeIfAbsent(s.getLeadDepartment(), k -> new java.util.EnumMap<>(Measure.class))
                            .merge(m, 1L, Long::sum);
                    out.computeIfAbsent("ALL", k -> new java.util.EnumMap<>(Measure.class)).merge(m, 1L, Long::sum);
                }
            }
        }
        return out;
    }

    static StatsRow row(String code, String name, List<Suggestion> list, Instant now) {
        long replied = count(list, Measure.REPLIED, now);
        long onTime = count(list, Measure.REPLIED_ON_TIME, now);
        long lateUnreplied = count(list, Measure.LATE_UNREPLIED, now);
        long consulted = count(list, Measure.CONSULTED, now);
        long a = count(list, Measure.RESULT_A, now);
        long b = count(list, Measure.RESULT_B, now);
        long c = count(list, Measure.RESULT_C, now);
        long d = count(list, Measure.RESULT_D, now);
        long resolvedB = count(list, Measure.RESOLVED_B, now);
        long overdue = count(list, Measure.OVERDUE, now);
        long rated = count(list, Measure.RATED, now);
        long satisfied = count(list, Measure.SATISFIED, now);
        long basically = count(list, Measure.BASICALLY_SATISFIED, now);
        long unsatisfied = count(list, Measure.UNSATISFIED, now);
        return new StatsRow(code, name, list.size(), replied, onTime, consulted, a, b, c, d, resolvedB, overdue,
                rated, satisfied, basically, unsatisfied, rate(onTime, replied + lateUnreplied),
                rate(consulted, replied), rate(a + resolvedB, replied), rate(satisfied + basically, rated));
    }

    public static long count(List<Suggestion> list, Measure measure, Instant now) {
        return list.stream().filter(s -> measure.test(s, now)).count();
    }

    public static Rate rate(long numerator, long denominator) {
        if (denominator == 0) {
            return new Rate(numerator, 0, null, "—");
        }
        BigDecimal r = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
        return new Rate(numerator, denominator, r,
                r.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%");
    }

    /** The same table for Excel, with Chinese headers; rates in percent. */
    public static List<String> headers() {
        return List.of("承办单位", "单位编码", "交办件数", "已办复", "按期办复", "按期办复率（%）", "已面商", "面商率（%）",
                "A类", "B类", "C类", "D类", "B类已解决", "问题解决率（%）", "已评价", "满意", "基本满意", "不满意",
                "满意率（%）", "超期件数");
    }

    public static List<List<Object>> rows(StatsReport report) {
        List<List<Object>> out = new ArrayList<>();
        report.departments().forEach(r -> out.add(cells(r)));
        out.add(cells(report.overall()));
        return out;
    }

    private static List<Object> cells(StatsRow r) {
        List<Object> c = new ArrayList<>();
        c.add(r.departmentName());
        c.add(r.departmentCode());
        c.add(r.assigned());
        c.add(r.replied());
        c.add(r.repliedOnTime());
        c.add(percent(r.onTimeReplyRate()));
        c.add(r.consulted());
        c.add(percent(r.consultationRate()));
        c.add(r.resultA());
        c.add(r.resultB());
        c.add(r.resultC());
        c.add(r.resultD());
        c.add(r.resolvedB());
        c.add(percent(r.resolutionRate()));
        c.add(r.rated());
        c.add(r.satisfied());
        c.add(r.basicallySatisfied());
        c.add(r.unsatisfied());
        c.add(percent(r.satisfactionRate()));
        c.add(r.overdue());
        return c;
    }

    private static Object percent(Rate rate) {
        return rate.rate() == null ? "—" : rate.rate().movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }
}
