package cn.deputylink.dashboard;

import cn.deputylink.dashboard.Table.Cell;
import cn.deputylink.opinion.OpinionAccess;
import cn.deputylink.opinion.OpinionFigures;
import cn.deputylink.opinion.OpinionFigures.Dimension;
import cn.deputylink.opinion.OpinionFigures.Measure;
import cn.deputylink.opinion.OpinionFigures.Row;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.suggestion.SuggestionDtos.Rate;
import cn.deputylink.suggestion.SuggestionDtos.StatsReport;
import cn.deputylink.suggestion.SuggestionDtos.StatsRow;
import cn.deputylink.suggestion.SuggestionStats;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Builds the dashboard for the caller: every figure from the features' own statistics
 * ({@link OpinionFigures}, {@link SuggestionStats}, {@link ProgrammeFigures}), each with its
 * definition and drill-down link. The page, its JSON and its Excel exports all come from here.
 */
@Service
public class DashboardService {

    private final OpinionFigures opinionFigures;
    private final SuggestionStats suggestionStats;
    private final ProgrammeFigures programmes;
    private final OpinionAccess access;
    private final Areas areas;
    private final WorkingDayCalendar calendar;
    private final cn.deputylink.opinion.OpinionRepository opinions;

    public DashboardService(OpinionFigures opinionFigures, SuggestionStats suggestionStats, ProgrammeFigures programmes,
                            OpinionAccess access, Areas areas, WorkingDayCalendar calendar,
                            cn.deputylink.opinion.OpinionRepository opinions) {
        this.opinions = opinions;
        this.opinionFigures = opinionFigures;
        this.suggestionStats = suggestionStats;
        this.programmes = programmes;
        this.access = access;
        this.areas = areas;
        this.calendar = calendar;
    }

    /** Everything the page shows. */
    public record Dashboard(DashboardFilter filter, DashboardScope scope, List<Figure> headline, List<Table> tables,
                            Map<String, Object> charts, List<Areas.Area> areaChoices) {

        public Table table(String id) {
            return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
        }
    }

    /** What the case page needs of an opinion the caller may see; another's case is refused (403). */
    public record OpinionCase(String processInstanceId, String maskedCitizen) {
    }

    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public OpinionCase opinionCase(String trackingCode) {
        scope();
        cn.deputylink.opinion.Opinion o = opinions.findByTrackingCode(trackingCode)
                .orElseThrow(() -> new cn.deputylink.shared.web.NotFoundException("群众意见不存在：" + trackingCode));
        if (!access.canSee(o)) {
            throw new cn.deputylink.shared.web.ForbiddenException("无权查看该群众意见：" + trackingCode);
        }
        return new OpinionCase(o.getProcessInstanceId(), cn.deputylink.shared.privacy.Masking.name(o.getCitizenName()));
    }

    public DashboardScope scope() {
        DashboardScope scope = new DashboardScope(access.scope());
        scope.requireSome();
        return scope;
    }

    public Dashboard build(DashboardFilter filter) {
        DashboardScope scope = scope();
        Areas.Tree tree = areas.tree();
        OpinionFigures.Filter of = opinionFilter(filter, scope, tree);
        List<Table> tables = new ArrayList<>();
        Map<String, Object> charts = new LinkedHashMap<>();

        // ---- opinions
        List<Row> byStation = opinionFigures.breakdown(of, Dimension.STATION);
        Row total = sum("ALL", "合计", byStation);
        SuggestionStats.ReportWithCounts suggestions = suggestionReport(filter, scope);
        StatsReport report = suggestions == null ? null : suggestions.report();
        List<Figure> headline = headline(filter, total, report);
        List<Row> byChannel = opinionFigures.breakdown(of, Dimension.CHANNEL);
        tables.add(opinionTable("opinion-channel", "群众意见：按来源渠道", "渠道", byChannel, filter, Dimension.CHANNEL,
                false));
        tables.add(opinionTable("opinion-station", "群众意见：按站点", "站点", withTotal(byStation, total), filter,
                Dimension.STATION, true));
        tables.add(opinionTable("opinion-department", "群众意见：按承办单位", "承办单位",
                opinionFigures.breakdown(of, Dimension.DEPARTMENT), filter, Dimension.DEPARTMENT, false));
        tables.add(opinionTable("opinion-deputy", "群众意见：按接待代表", "代表",
                opinionFigures.breakdown(of, Dimension.DEPUTY), filter, Dimension.DEPUTY, false));
        List<Row> trend = opinionFigures.breakdown(of, Dimension.MONTH);
        tables.add(opinionTable("opinion-trend", "群众意见：月度趋势", "月份", trend, filter, Dimension.MONTH, false));
        tables.add(townships(byStation, tree, filter));

        charts.put("opinion-channel", pie(byChannel.stream().collect(Collectors.toMap(Row::name,
                r -> r.count(Measure.RECEIVED), Long::sum, LinkedHashMap::new)), "来源渠道"));
        Map<String, Long> satisfaction = new LinkedHashMap<>();
        satisfaction.put("满意", total.count(Measure.SATISFIED));
        satisfaction.put("基本满意", total.count(Measure.BASICALLY_SATISFIED));
        satisfaction.put("不满意", total.count(Measure.UNSATISFIED));
        satisfaction.put("未评价", total.count(Measure.UNRATED));
        charts.put("opinion-satisfaction", pie(satisfaction, "群众评价"));
        Map<String, Object> trendChart = new LinkedHashMap<>();
        trendChart.put("type", "line");
        trendChart.put("labels", trend.stream().map(Row::name).toList());
        trendChart.put("series", List.of(
                Map.of("name", "收到", "data", trend.stream().map(r -> r.count(Measure.RECEIVED)).toList()),
                Map.of("name", "办结", "data", trend.stream().map(r -> r.count(Measure.HANDLED)).toList()),
                Map.of("name", "当前超期", "data", trend.stream().map(r -> r.count(Measure.OVERDUE_NOW)).toList())));
        charts.put("opinion-trend", trendChart);

        // ---- suggestions
        if (report != null) {
            tables.add(suggestionTable(report, suggestions.counts(), filter));
            charts.put("suggestion-departments", suggestionChart(report));
        }

        // ---- livelihood projects and reviews: the programmes the office and supervisors run
        tables.addAll(programmes.tables(filter, scope));
        if (scope.all()) {
            charts.put("review-ratings", programmes.ratingChart(filter));
        }
        return new Dashboard(filter, scope, headline, tables, charts, tree.choices());
    }

    /** The headline alone, for a given scope (the Cockpit plugin, whose caller is not a page login). */
    public List<Figure> headline(DashboardFilter filter, DashboardScope scope) {
        Areas.Tree tree = areas.tree();
        Row total = sum("ALL", "合计", opinionFigures.breakdown(opinionFilter(filter, scope, tree), Dimension.STATION));
        SuggestionStats.ReportWithCounts suggestions = suggestionReport(filter, scope);
        return headline(filter, total, suggestions == null ? null : suggestions.report());
    }

    private List<Figure> headline(DashboardFilter filter, Row total, StatsReport report) {
        List<Figure> headline = new ArrayList<>();
        Drill base = new Drill(filter, "opinion", Dimension.TOTAL.name(), "ALL");
        headline.add(Figure.count("群众意见", total.count(Measure.RECEIVED), Measure.RECEIVED.definition(),
                base.url(Measure.RECEIVED)));
        headline.addAll(opinionHeadline(total, base));
        if (report != null) {
            headline.add(suggestionRate(report.overall(), "代表建议满意率", report.overall().satisfactionRate(),
                    SuggestionStats.Measure.SATISFIED_OR_BASICALLY, SuggestionStats.Measure.RATED, filter,
                    SuggestionStats.DEFINITIONS.get(4)));
        }
        return headline;
    }

    /** Suggestions have no station or deputy-level breakdown: they show without those filters. */
    private SuggestionStats.ReportWithCounts suggestionReport(DashboardFilter filter, DashboardScope scope) {
        if (!scope.seesSuggestions() || filter.level() != null || filter.area() != null) {
            return null;
        }
        return suggestionStats.computeWith(filter.suggestionYear(), scope.suggestionDepartment(), SUGGESTION_EXTRA);
    }

    private static final List<SuggestionStats.Measure> SUGGESTION_EXTRA = List.of(SuggestionStats.Measure.EXTENDED,
            SuggestionStats.Measure.KEY, SuggestionStats.Measure.B_FOLLOW_UP, SuggestionStats.Measure.B_FOLLOW_UP_DUE);

    OpinionFigures.Filter opinionFilter(DashboardFilter filter, DashboardScope scope, Areas.Tree tree) {
        Set<String> stations = areas.stationsOf(tree, filter.area());
        return new OpinionFigures.Filter(filter.from(calendar.zone()), filter.to(calendar.zone()), stations,
                filter.level(), scope.opinions());
    }

    public OpinionFigures.Filter opinionFilter(DashboardFilter filter) {
        return opinionFilter(filter, scope(), areas.tree());
    }

    private List<Figure> opinionHeadline(Row r, Drill d) {
        return List.of(
                Figure.rate("办结率", r.count(Measure.HANDLED), r.count(Measure.HANDLEABLE),
                        "办结件数 ÷ 应办件数（收到件数减并案件数）", d.url(Measure.HANDLED), d.url(Measure.HANDLEABLE)),
                Figure.rate("按期答复率", r.count(Measure.REPLIED_ON_TIME), r.count(Measure.REPLIED),
                        "每轮答复都在办理期限内的件数 ÷ 已答复件数", d.url(Measure.REPLIED_ON_TIME), d.url(Measure.REPLIED)),
                Figure.count("当前超期", r.count(Measure.OVERDUE_NOW), Measure.OVERDUE_NOW.definition(),
                        d.url(Measure.OVERDUE_NOW)),
                Figure.average("平均办理时长", r.averageWorkingDays(), r.count(Measure.TIMED), " 个工作日",
                        "办结件从收到到最后一次答复的工作日数（按节假日安排）的平均值，共 " + r.count(Measure.TIMED) + " 件",
                        d.url(Measure.TIMED)),
                Figure.rate("群众满意率", r.count(Measure.SATISFIED_OR_BASICALLY), r.count(Measure.RATED),
                        "（满意＋基本满意）÷ 已评价的办结件数，以群众最后一次评价为准",
                        d.url(Measure.SATISFIED_OR_BASICALLY), d.url(Measure.RATED)));
    }

    static final List<String> OPINION_HEADERS = List.of("收到", "办结率", "按期答复率", "当前超期", "平均办理（工作日）",
            "满意", "基本满意", "不满意", "未评价", "满意率", "重新办理", "并案");

    private Table opinionTable(String id, String title, String keyHeader, List<Row> rows, DashboardFilter filter,
                               Dimension dimension, boolean lastIsTotal) {
        List<String> headers = new ArrayList<>();
        headers.add(keyHeader);
        headers.addAll(OPINION_HEADERS);
        Table t = new Table(id, title, headers);
        if (dimension != Dimension.MONTH) {
            // the busiest first: at a city's scale the page shows the head of the table, Excel all of it
            List<Row> sorted = new ArrayList<>(lastIsTotal ? rows.subList(0, rows.size() - 1) : rows);
            sorted.sort(java.util.Comparator.comparingLong((Row r) -> r.count(Measure.RECEIVED)).reversed()
                    .thenComparing(Row::key));
            if (lastIsTotal) {
                sorted.add(rows.get(rows.size() - 1));
            }
            rows = sorted;
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            boolean isTotal = lastIsTotal && i == rows.size() - 1;
            Drill d = isTotal ? new Drill(filter, "opinion", Dimension.TOTAL.name(), "ALL")
                    : new Drill(filter, "opinion", dimension.name(), r.key());
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(r.name()));
            cells.add(Cell.of(Figure.count("收到", r.count(Measure.RECEIVED), Measure.RECEIVED.definition(),
                    d.url(Measure.RECEIVED))));
            List<Figure> h = opinionHeadline(r, d);
            cells.add(Cell.of(h.get(0)));
            cells.add(Cell.of(h.get(1)));
            cells.add(Cell.of(h.get(2)));
            cells.add(Cell.of(h.get(3)));
            for (Measure m : List.of(Measure.SATISFIED, Measure.BASICALLY_SATISFIED, Measure.UNSATISFIED,
                    Measure.UNRATED)) {
                cells.add(Cell.of(Figure.count(m.label(), r.count(m), m.definition(), d.url(m))));
            }
            cells.add(Cell.of(h.get(4)));
            cells.add(Cell.of(Figure.rate("重新办理", r.count(Measure.REHANDLED), r.count(Measure.HANDLEABLE),
                    Measure.REHANDLED.definition(), d.url(Measure.REHANDLED), d.url(Measure.HANDLEABLE))));
            cells.add(Cell.of(Figure.count("并案", r.count(Measure.MERGED), Measure.MERGED.definition(),
                    d.url(Measure.MERGED))));
            t.add(cells);
        }
        t.note("统计范围：" + filter.label() + "收到的群众意见；" + Measure.MERGED.definition());
        return t;
    }

    /** The township heat table: station figures rolled up to their township, shaded by share overdue. */
    private Table townships(List<Row> byStation, Areas.Tree tree, DashboardFilter filter) {
        Map<String, List<Row>> byTownship = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Row r : byStation) {
            Areas.Area t = tree.township(r.key());
            String key = t == null ? r.key() : t.code();
            names.put(key, t == null ? r.name() : t.name());
            byTownship.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        Table table = new Table("opinion-township", "群众意见：乡镇（街道）分布", List.of("乡镇（街道）", "收到", "当前超期",
                "满意率", "热度"));
        byTownship.forEach((code, rows) -> {
            Row r = sum(code, names.get(code), rows);
            DashboardFilter area = new DashboardFilter(filter.period(), filter.year(), filter.month(),
                    filter.quarter(), filter.first(), filter.last(), filter.level(), code);
            Drill d = new Drill(area, "opinion", Dimension.TOTAL.name(), "ALL");
            long received = r.count(Measure.RECEIVED);
            long overdue = r.count(Measure.OVERDUE_NOW);
            int heat = received == 0 ? 0 : (int) Math.min(4, Math.ceil(4.0 * overdue / Math.max(1, received) * 5));
            table.add(List.of(Cell.text(r.name()),
                    Cell.of(Figure.count("收到", received, Measure.RECEIVED.definition(), d.url(Measure.RECEIVED))),
                    Cell.of(Figure.count("当前超期", overdue, Measure.OVERDUE_NOW.definition(), d.url(Measure.OVERDUE_NOW))),
                    Cell.of(Figure.rate("满意率", r.count(Measure.SATISFIED_OR_BASICALLY), r.count(Measure.RATED),
                            "（满意＋基本满意）÷ 已评价的办结件数", d.url(Measure.SATISFIED_OR_BASICALLY),
                            d.url(Measure.RATED))),
                    new Cell("heat", "heat-" + heat, null, null)));
        });
        table.note("热度按当前超期件占收到件的比例分五档；县级以上站点单独成行。");
        return table;
    }

    private Table suggestionTable(StatsReport report, Map<String, Map<SuggestionStats.Measure, Long>> extra,
                                  DashboardFilter filter) {
        Table t = new Table("suggestion-department", "代表建议：按主办单位（" + report.year() + "年提出）",
                List.of("主办单位", "交办", "按期办复率", "面商率", "问题解决率", "满意率", "超期", "经批准延期", "重点督办",
                        "B类跟踪落实中", "B类承诺期限已到"));
        List<StatsRow> rows = new ArrayList<>(report.departments());
        rows.add(report.overall());
        for (StatsRow r : rows) {
            String key = r.departmentCode() == null ? "ALL" : r.departmentCode();
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(r.departmentName()));
            cells.add(Cell.of(sCount(r.assigned(), SuggestionStats.Measure.ASSIGNED, key, filter)));
            cells.add(Cell.of(suggestionRate(r, "按期办复率", r.onTimeReplyRate(), SuggestionStats.Measure.REPLIED_ON_TIME,
                    null, filter, SuggestionStats.DEFINITIONS.get(1))));
            cells.add(Cell.of(suggestionRate(r, "面商率", r.consultationRate(), SuggestionStats.Measure.CONSULTED,
                    SuggestionStats.Measure.REPLIED, filter, SuggestionStats.DEFINITIONS.get(2))));
            cells.add(Cell.of(suggestionRate(r, "问题解决率", r.resolutionRate(), SuggestionStats.Measure.RESOLVED,
                    SuggestionStats.Measure.REPLIED, filter, SuggestionStats.DEFINITIONS.get(3))));
            cells.add(Cell.of(suggestionRate(r, "满意率", r.satisfactionRate(),
                    SuggestionStats.Measure.SATISFIED_OR_BASICALLY, SuggestionStats.Measure.RATED, filter,
                    SuggestionStats.DEFINITIONS.get(4))));
            cells.add(Cell.of(sCount(r.overdue(), SuggestionStats.Measure.OVERDUE, key, filter)));
            t.add(cells);
        }
        // the counts the report does not carry, from the same measures
        for (int i = 0; i < rows.size(); i++) {
            StatsRow r = rows.get(i);
            String key = r.departmentCode() == null ? "ALL" : r.departmentCode();
            Map<SuggestionStats.Measure, Long> counts = extra.getOrDefault(key, new EnumMap<>(SuggestionStats.Measure.class));
            for (SuggestionStats.Measure m : SUGGESTION_EXTRA) {
                t.rows().get(i).add(Cell.of(sCount(counts.getOrDefault(m, 0L), m, key, filter)));
            }
        }
        SuggestionStats.DEFINITIONS.forEach(t::note);
        return t;
    }

    private Figure sCount(long n, SuggestionStats.Measure m, String key, DashboardFilter filter) {
        return Figure.count(m.label(), n, m.label() + "（" + SuggestionStats.DEFINITIONS.get(0) + "）",
                new Drill(filter, "suggestion", "DEPARTMENT", key).url(m.name()));
    }

    private Figure suggestionRate(StatsRow r, String label, Rate rate, SuggestionStats.Measure numerator,
                                  SuggestionStats.Measure denominator, DashboardFilter filter, String definition) {
        String key = r.departmentCode() == null ? "ALL" : r.departmentCode();
        Drill d = new Drill(filter, "suggestion", "DEPARTMENT", key);
        return Figure.rate(label, rate.numerator(), rate.denominator(), definition.replaceFirst("^[^=]*=\\s*", ""),
                d.url(numerator.name()), denominator == null ? null : d.url(denominator.name()));
    }

    private static Map<String, Object> suggestionChart(StatsReport report) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "bar");
        chart.put("labels", report.departments().stream().map(StatsRow::departmentName).toList());
        chart.put("series", List.of(
                Map.of("name", "按期办复率（%）", "data", report.departments().stream()
                        .map(r -> percent(r.onTimeReplyRate())).toList()),
                Map.of("name", "满意率（%）", "data", report.departments().stream()
                        .map(r -> percent(r.satisfactionRate())).toList())));
        return chart;
    }

    private static Object percent(Rate r) {
        return r.rate() == null ? null : r.rate().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    static Map<String, Object> pie(Map<String, Long> parts, String name) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "pie");
        chart.put("name", name);
        chart.put("data", parts.entrySet().stream().map(e -> Map.of("name", e.getKey(), "value", e.getValue())).toList());
        return chart;
    }

    private static List<Row> withTotal(List<Row> rows, Row total) {
        List<Row> out = new ArrayList<>(rows);
        out.add(total);
        return out;
    }

    static Row sum(String key, String name, List<Row> rows) {
        Map<Measure, Long> counts = new EnumMap<>(Measure.class);
        long wd = 0;
        for (Row r : rows) {
            r.counts().forEach((m, n) -> counts.merge(m, n, Long::sum));
            wd += r.workingDays();
        }
        return new Row(key, name, counts, wd);
    }

    /** Links to the cases behind a number, keeping the filter. */
    record Drill(DashboardFilter filter, String section, String dimension, String key) {

        String url(Measure m) {
            return url(m.name());
        }

        String url(String measure) {
            StringBuilder b = new StringBuilder("/dashboard/cases?section=").append(section)
                    .append("&dim=").append(dimension).append("&key=").append(enc(key)).append("&measure=")
                    .append(measure);
            filter.params().forEach((k, v) -> b.append('&').append(k).append('=').append(enc(v)));
            return b.toString();
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
