package cn.deputylink.suggestion;

import cn.deputylink.department.Department;
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
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures the office reports (Dezhou: 1,704 suggestions, satisfaction above 95%): per lead
 * department and overall, for the suggestions submitted in a year and admitted for handling.
 */
@Service
public class SuggestionStats {

    static final List<String> DEFINITIONS = List.of(
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
        Instant now = SuggestionService.now();
        List<Suggestion> assigned = suggestions.findAssigned(year, department);
        Map<String, List<Suggestion>> byDepartment = new TreeMap<>();
        assigned.forEach(s -> byDepartment.computeIfAbsent(s.getLeadDepartment(), k -> new ArrayList<>()).add(s));
        List<StatsRow> rows = new ArrayList<>();
        byDepartment.forEach((code, list) -> rows.add(row(code,
                departments.findByCode(code).map(Department::getName).orElse(code), list, now)));
        return new StatsReport(year, department, suggestions.countSubmitted(year),
                suggestions.countByStatus(year, SuggestionStatus.UNDER_REVIEW)
                        + suggestions.countByStatus(year, SuggestionStatus.RETURNED),
                suggestions.countByStatus(year, SuggestionStatus.CONVERTED_TO_LETTER),
                suggestions.countByStatus(year, SuggestionStatus.WITHDRAWN),
                row(null, "合计", assigned, now), rows, DEFINITIONS);
    }

    static StatsRow row(String code, String name, List<Suggestion> list, Instant now) {
        long replied = count(list, s -> s.getFirstRepliedAt() != null);
        long onTime = count(list, s -> Boolean.TRUE.equals(s.getRepliedOnTime()));
        long lateUnreplied = count(list, s -> s.getFirstRepliedAt() == null && s.getReplyDue() != null
                && now.isAfter(s.getReplyDue()));
        long consulted = count(list, s -> s.getFirstRepliedAt() != null && s.isConsulted());
        long a = countResult(list, ResultClass.A);
        long b = countResult(list, ResultClass.B);
        long c = countResult(list, ResultClass.C);
        long d = countResult(list, ResultClass.D);
        long resolvedB = count(list, s -> s.getFirstRepliedAt() != null && s.getResultClass() == ResultClass.B
                && s.isResolved());
        long overdue = count(list, Suggestion::isOverdue);
        long rated = count(list, s -> s.finalRating() != null);
        long satisfied = count(list, s -> s.finalRating() == Rating.SATISFIED);
        long basically = count(list, s -> s.finalRating() == Rating.BASICALLY_SATISFIED);
        long unsatisfied = count(list, s -> s.finalRating() == Rating.UNSATISFIED);
        return new StatsRow(code, name, list.size(), replied, onTime, consulted, a, b, c, d, resolvedB, overdue,
                rated, satisfied, basically, unsatisfied, rate(onTime, replied + lateUnreplied),
                rate(consulted, replied), rate(a + resolvedB, replied), rate(satisfied + basically, rated));
    }

    static Rate rate(long numerator, long denominator) {
        if (denominator == 0) {
            return new Rate(numerator, 0, null, "—");
        }
        BigDecimal r = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
        return new Rate(numerator, denominator, r,
                r.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%");
    }

    private static long countResult(List<Suggestion> list, ResultClass result) {
        return count(list, s -> s.getFirstRepliedAt() != null && s.getResultClass() == result);
    }

    private static long count(List<Suggestion> list, Predicate<Suggestion> p) {
        return list.stream().filter(p).count();
    }

    /** The same table for Excel, with Chinese headers; rates in percent. */
    static List<String> headers() {
        return List.of("承办单位", "单位编码", "交办件数", "已办复", "按期办复", "按期办复率（%）", "已面商", "面商率（%）",
                "A类", "B类", "C类", "D类", "B类已解决", "问题解决率（%）", "已评价", "满意", "基本满意", "不满意",
                "满意率（%）", "超期件数");
    }

    static List<List<Object>> rows(StatsReport report) {
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
