package cn.deputylink.dashboard;

import cn.deputylink.dashboard.Table.Cell;
import cn.deputylink.review.PerformanceRating;
import cn.deputylink.review.ReviewApiService;
import cn.deputylink.review.ReviewDtos.CampaignView;
import cn.deputylink.review.ReviewStatus;
import cn.deputylink.vote.VoteStatus;
import cn.deputylink.vote.project.ProjectStatus;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Livelihood-project votes and projects, and the annual performance reviews: the programmes'
 * progress. Review campaigns come from {@link ReviewApiService} (its status and rating counts); the
 * counts that service does not carry are defined here once, as SQL conditions shared by count and list.
 */
@Component
@Transactional(readOnly = true)
public class ProgrammeFigures {

    /** A project figure; its condition reads the project row {@code p}. */
    public enum ProjectMeasure {
        SELECTED("当选项目", "1 = 1"),
        LATE("计划完工日期已过未完工", "p.status IN ('SELECTED', 'IMPLEMENTING') AND p.planned_completion < :today"),
        LATE_MILESTONES("有逾期节点", "p.status IN ('SELECTED', 'IMPLEMENTING') AND EXISTS (SELECT 1 FROM"
                + " project_milestone m WHERE m.project_id = p.id AND m.due_date < :today)"),
        INSPECTED("已视察", "EXISTS (SELECT 1 FROM project_inspection i WHERE i.project_id = p.id)"),
        EVALUATED("已测评", "p.status = 'EVALUATED'");

        final String label;
        final String condition;

        ProjectMeasure(String label, String condition) {
            this.label = label;
            this.condition = condition;
        }
    }

    /** A review figure; its condition reads the review row {@code r}. */
    public enum ReviewMeasure {
        ALL("评议对象", "1 = 1"),
        ARCHIVED("已归档", "r.status = 'ARCHIVED'"),
        MISSING_REPORT("未交述职报告", "r.duty_report_missing = TRUE"),
        OBJECTED("有异议", "EXISTS (SELECT 1 FROM review_objection x WHERE x.review_id = r.id)"),
        OBJECTION_OPEN("异议待核查", "EXISTS (SELECT 1 FROM review_objection x WHERE x.review_id = r.id"
                + " AND x.status = 'OPEN')"),
        EXCELLENT("优秀", "r.status = 'ARCHIVED' AND r.rating = 'EXCELLENT'"),
        COMPETENT("称职", "r.status = 'ARCHIVED' AND r.rating = 'COMPETENT'"),
        BASICALLY_COMPETENT("基本称职", "r.status = 'ARCHIVED' AND r.rating = 'BASICALLY_COMPETENT'"),
        INCOMPETENT("不称职", "r.status = 'ARCHIVED' AND r.rating = 'INCOMPETENT'");

        final String label;
        final String condition;

        ReviewMeasure(String label, String condition) {
            this.label = label;
            this.condition = condition;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ReviewApiService reviews;
    private final cn.deputylink.shared.calendar.WorkingDayCalendar calendar;
    private final cn.deputylink.vote.project.ProjectService projects;

    public ProgrammeFigures(NamedParameterJdbcTemplate jdbc, ReviewApiService reviews,
                            cn.deputylink.shared.calendar.WorkingDayCalendar calendar,
                            cn.deputylink.vote.project.ProjectService projects) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.reviews = reviews;
        this.calendar = calendar;
    }

    private LocalDate today() {
        return calendar.today(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant());
    }

    public List<Table> tables(DashboardFilter filter, DashboardScope scope) {
        List<Table> out = new ArrayList<>();
        if (scope.all()) {
            out.add(votes(filter));
        }
        if (scope.all() || !scope.departments().isEmpty()) {
            out.add(projects(filter, scope));
        }
        if (scope.all()) {
            out.add(reviewTable(filter));
        }
        out.add(twoLinks());
        return out;
    }

    private Table votes(DashboardFilter filter) {
        Table t = new Table("vote", "民生实事项目票决", List.of("票决", "年度", "状态", "征集项目", "候选项目", "当选项目"));
        MapSqlParameterSource p = years(filter);
        jdbc.query("""
                SELECT v.business_key, v.title, v.vote_year, v.status,
                       (SELECT COUNT(*) FROM project_proposal pp WHERE pp.vote_id = v.id) AS proposals,
                       (SELECT COUNT(*) FROM vote_candidate c WHERE c.vote_id = v.id) AS candidates,
                       (SELECT COUNT(*) FROM livelihood_project lp WHERE lp.vote_id = v.id) AS selected
                FROM livelihood_vote v WHERE v.vote_year BETWEEN :firstYear AND :lastYear ORDER BY v.vote_year, v.business_key
                """, p, rs -> {
                    String key = rs.getString("business_key");
                    t.add(List.of(Cell.text(rs.getString("title")), Cell.text(rs.getInt("vote_year")),
                            Cell.text(VoteStatus.valueOf(rs.getString("status")).label()),
                            Cell.of(Figure.count("征集项目", rs.getLong("proposals"),
                                    "征集期内群众、代表和部门提出的项目件数", null)),
                            Cell.of(Figure.count("候选项目", rs.getLong("candidates"),
                                    "梳理初定后提交大会票决的候选项目数（差额）", null)),
                            Cell.of(Figure.count("当选项目", rs.getLong("selected"), "票决当选、转入实施的项目数",
                                    drill(filter, "project", key, ProjectMeasure.SELECTED.name())))));
                });
        t.note("按票决年度统计；征集和候选项目的明细见票决详情。");
        return t;
    }

    private Table projects(DashboardFilter filter, DashboardScope scope) {
        Table t = new Table("project", "民生实事项目实施", List.of("项目", "承办单位", "状态", "最新进度", "计划完工",
                "逾期节点", "视察次数", "满意度测评"));
        MapSqlParameterSource p = years(filter).addValue("today", Date.valueOf(today()));
        String where = scope.all() ? "" : " AND p.department_code IN (:departments)";
        if (!scope.all()) {
            p.addValue("departments", scope.departments());
        }
        jdbc.query("""
                SELECT p.business_key, p.title, p.department_code, p.status, p.planned_completion,
                       p.satisfied, p.basically_satisfied, p.unsatisfied,
                       (SELECT MAX(r.percent_complete) FROM project_progress_report r WHERE r.project_id = p.id) AS pct,
                       (SELECT COUNT(*) FROM project_milestone m WHERE m.project_id = p.id AND m.due_date < :today
                          AND p.status IN ('SELECTED', 'IMPLEMENTING')) AS late_milestones,
                       (SELECT COUNT(*) FROM project_inspection i WHERE i.project_id = p.id) AS inspections
                FROM livelihood_project p JOIN livelihood_vote v ON v.id = p.vote_id
                WHERE v.vote_year BETWEEN :firstYear AND :lastYear""" + where + " ORDER BY p.business_key", p, rs -> {
                    long s = rs.getLong("satisfied");
                    long b = rs.getLong("basically_satisfied");
                    long u = rs.getLong("unsatisfied");
                    Date planned = rs.getDate("planned_completion");
                    Object pct = rs.getObject("pct");
                    String key = rs.getString("business_key");
                    t.add(List.of(Cell.link(rs.getString("title"), "/dashboard/projects/" + key),
                            Cell.text(rs.getString("department_code")),
                            Cell.text(ProjectStatus.valueOf(rs.getString("status")).label()),
                            Cell.text(pct == null ? "未报告" : pct + "%"),
                            Cell.text(planned == null ? "未定" : planned.toString()),
                            Cell.of(Figure.count("逾期节点", rs.getLong("late_milestones"),
                                    "计划节点日期已过而项目仍在实施中的节点数", "/dashboard/projects/" + key)),
                            Cell.of(Figure.count("视察次数", rs.getLong("inspections"), "代表视察记录数",
                                    "/dashboard/projects/" + key)),
                            Cell.of(Figure.rate("满意度", s + b, s + b + u,
                                    "（满意＋基本满意）÷ 参加测评的代表人数（下次大会测评）", "/dashboard/projects/" + key,
                                    null))));
                });
        return t;
    }

    private Table reviewTable(DashboardFilter filter) {
        List<String> headers = new ArrayList<>(List.of("评议活动", "范围", "评议对象", "已归档（进度）", "未交述职报告",
                "有异议", "异议待核查"));
        for (PerformanceRating r : PerformanceRating.values()) {
            headers.add(r.label());
        }
        Table t = new Table("review", "代表履职评议", headers);
        for (CampaignView c : reviews.campaigns()) {
            if (c.year() < filter.first().getYear() || c.year() > filter.last().getYear()) {
                continue;
            }
            Map<ReviewMeasure, Long> counts = reviewCounts(c.businessKey());
            long archived = c.byStatus().getOrDefault(ReviewStatus.ARCHIVED, 0L);
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(c.businessKey()));
            row.add(Cell.text(c.scopeLabel()));
            row.add(Cell.of(Figure.count("评议对象", c.created(), "已创建的评议案件数（共 " + c.total() + " 名代表）",
                    drill(filter, "review", c.businessKey(), ReviewMeasure.ALL.name()))));
            row.add(Cell.of(Figure.rate("进度", archived, c.created(), "已归档的评议件数 ÷ 已创建的评议件数",
                    drill(filter, "review", c.businessKey(), ReviewMeasure.ARCHIVED.name()),
                    drill(filter, "review", c.businessKey(), ReviewMeasure.ALL.name()))));
            for (ReviewMeasure m : List.of(ReviewMeasure.MISSING_REPORT, ReviewMeasure.OBJECTED,
                    ReviewMeasure.OBJECTION_OPEN)) {
                row.add(Cell.of(Figure.count(m.label, counts.getOrDefault(m, 0L), m.label + "的评议件数",
                        drill(filter, "review", c.businessKey(), m.name()))));
            }
            for (PerformanceRating r : PerformanceRating.values()) {
                row.add(Cell.of(Figure.rate(r.label(), c.byRating().getOrDefault(r.label(), 0L), archived,
                        "评定为" + r.label() + "的件数 ÷ 已归档件数",
                        drill(filter, "review", c.businessKey(), r.name()),
                        drill(filter, "review", c.businessKey(), ReviewMeasure.ARCHIVED.name()))));
            }
            t.add(row);
        }
        return t;
    }

    public Map<String, Object> ratingChart(DashboardFilter filter) {
        Map<String, Long> parts = new LinkedHashMap<>();
        for (PerformanceRating r : PerformanceRating.values()) {
            parts.put(r.label(), 0L);
        }
        for (CampaignView c : reviews.campaigns()) {
            if (c.year() >= filter.first().getYear() && c.year() <= filter.last().getYear()) {
                c.byRating().forEach((k, v) -> parts.merge(k, v, Long::sum));
            }
        }
        return DashboardService.pie(parts, "评定等次");
    }

    private Map<ReviewMeasure, Long> reviewCounts(String campaignKey) {
        StringBuilder sql = new StringBuilder("SELECT ");
        List<ReviewMeasure> measures = List.of(ReviewMeasure.MISSING_REPORT, ReviewMeasure.OBJECTED,
                ReviewMeasure.OBJECTION_OPEN);
        for (int i = 0; i < measures.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("SUM(CASE WHEN ").append(measures.get(i).condition)
                    .append(" THEN 1 ELSE 0 END) AS ").append(measures.get(i).name());
        }
        sql.append(" FROM performance_review r JOIN review_campaign c ON c.id = r.campaign_id WHERE c.business_key = :key");
        Map<ReviewMeasure, Long> out = new LinkedHashMap<>();
        jdbc.query(sql.toString(), new MapSqlParameterSource("key", campaignKey), rs -> {
            for (ReviewMeasure m : measures) {
                out.put(m, rs.getLong(m.name()));
            }
        });
        return out;
    }

    /** A drill-down list: projects of a vote or reviews of a campaign that a measure counts. */
    public record Item(String key, String title, String unit, String status, String href) {
    }

    public List<Item> cases(String section, String key, String measure, DashboardScope scope) {
        if ("project".equals(section)) {
            ProjectMeasure m = ProjectMeasure.valueOf(measure);
            MapSqlParameterSource p = new MapSqlParameterSource("key", key).addValue("today", Date.valueOf(today()));
            String where = scope.all() ? "" : " AND p.department_code IN (:departments)";
            if (!scope.all()) {
                p.addValue("departments", scope.departments());
            }
            return jdbc.query("SELECT p.business_key, p.title, p.department_code, p.status FROM livelihood_project p"
                    + " JOIN livelihood_vote v ON v.id = p.vote_id WHERE v.business_key = :key AND " + m.condition
                    + where + " ORDER BY p.business_key", p, (rs, i) -> new Item(rs.getString(1), rs.getString(2),
                    rs.getString(3), ProjectStatus.valueOf(rs.getString(4)).label(),
                    "/dashboard/projects/" + rs.getString(1)));
        }
        if (!scope.all()) {
            throw new cn.deputylink.shared.web.ForbiddenException("只有人大代表工委和督办人员可以查看评议明细");
        }
        ReviewMeasure m = ReviewMeasure.valueOf(measure);
        return jdbc.query("SELECT r.business_key, d.name, d.code, r.status FROM performance_review r"
                + " JOIN review_campaign c ON c.id = r.campaign_id JOIN deputy d ON d.id = r.deputy_id"
                + " WHERE c.business_key = :key AND " + m.condition + " ORDER BY r.business_key LIMIT 1000",
                new MapSqlParameterSource("key", key), (rs, i) -> new Item(rs.getString(1), rs.getString(2),
                        rs.getString(3), ReviewStatus.valueOf(rs.getString(4)).label(), null));
    }

    /** A project's page: its plan and its timeline of progress reports and inspections. */
    public record ProjectCase(String status, List<String> facts, List<String[]> events) {
    }

    public ProjectCase projectCase(String key, DashboardScope scope) {
        cn.deputylink.vote.project.LivelihoodProject p = projects.get(key);
        if (!scope.all() && (p.getDepartmentCode() == null || !scope.departments().contains(p.getDepartmentCode()))) {
            throw new cn.deputylink.shared.web.ForbiddenException("只能查看本单位承办的项目：" + key);
        }
        List<String> facts = new ArrayList<>();
        facts.add("项目：" + p.getTitle());
        facts.add("承办单位：" + (p.getDepartmentCode() == null ? "未定" : p.getDepartmentCode()));
        facts.add("计划完工：" + (p.getPlannedCompletion() == null ? "未定" : p.getPlannedCompletion()));
        p.getMilestones().forEach(m -> facts.add("节点：" + m.getTitle() + "（" + m.getDueDate() + "）"));
        List<String[]> events = new ArrayList<>();
        projects.reports(p.getId()).forEach(r -> events.add(new String[] {day(r.getSubmittedAt()),
                "进度报告 " + r.getPercentComplete() + "%", r.getSummary()}));
        projects.inspections(p.getId()).forEach(i -> events.add(new String[] {day(i.getInspectedAt()),
                "代表视察：" + i.getConclusion().label(), i.getFindings()}));
        events.sort((a, b) -> a[0].compareTo(b[0]));
        return new ProjectCase(p.getStatus().label(), facts, events);
    }

    private String day(java.time.Instant at) {
        return at == null ? "" : at.atZone(calendar.zone()).toLocalDate().toString();
    }

    public static String label(String section, String measure) {
        return "project".equals(section) ? ProjectMeasure.valueOf(measure).label : ReviewMeasure.valueOf(measure).label;
    }

    /**
     * Township coverage of the "two links" (双联系: committee members link deputies, deputies link
     * households) is issue 18's work; this table is its place on the dashboard and stays empty until
     * that feature provides the figures.
     */
    private Table twoLinks() {
        Table t = new Table("two-links", "乡镇“双联系”覆盖情况（待接入）", List.of("乡镇（街道）", "联系代表覆盖率",
                "联系群众覆盖率"));
        t.note("“双联系”覆盖数据由“双联系”功能（第 18 号需求）提供，接入后在此显示；此处不作估算。");
        return t;
    }

    private static MapSqlParameterSource years(DashboardFilter filter) {
        return new MapSqlParameterSource("firstYear", filter.first().getYear())
                .addValue("lastYear", filter.last().getYear());
    }

    private static String drill(DashboardFilter filter, String section, String key, String measure) {
        return new DashboardService.Drill(filter, section, "CAMPAIGN", key).url(measure);
    }
}
