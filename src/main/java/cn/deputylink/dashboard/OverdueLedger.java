package cn.deputylink.dashboard;

import cn.deputylink.dashboard.Table.Cell;
import cn.deputylink.opinion.OpinionProcess;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.suggestion.SuggestionProcess;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 督办台账: every case overdue now, across the workflows, longest overdue first, with its working
 * days overdue and the responsible unit. Supervision goes through each process's own step: the
 * overdue timer (BoundaryEvent_ReplyOverdue) creates the supervisors' task Task_SuperviseOverdue, so
 * "open supervision" opens that task in Tasklist, and if the job executor has not yet fired a timer
 * that is already due, fires it now — the same path the engine would take moments later.
 */
@Service
public class OverdueLedger {

    /** The processes whose overdue step is the supervisors' task. */
    enum Workflow {
        OPINION("群众意见", OpinionProcess.PROCESS_ID, "BoundaryEvent_ReplyOverdue", "Task_SuperviseOverdue"),
        SUGGESTION("代表建议", SuggestionProcess.PROCESS_ID, "BoundaryEvent_ReplyOverdue", "Task_SuperviseOverdue"),
        PROJECT("民生实事项目", "livelihood-project", "BoundaryEvent_CompletionOverdue", null);

        final String label;
        final String processKey;
        final String timerActivity;
        final String supervisionTask;

        Workflow(String label, String processKey, String timerActivity, String supervisionTask) {
            this.label = label;
            this.processKey = processKey;
            this.timerActivity = timerActivity;
            this.supervisionTask = supervisionTask;
        }
    }

    public record Entry(Workflow workflow, String key, String title, String unit, LocalDate due, int workingDaysOverdue,
                        String processInstanceId, String supervisionTaskId) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentitySync identity;
    private final DashboardProperties properties;

    public OverdueLedger(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar, TaskService taskService,
                         ManagementService managementService, IdentitySync identity, DashboardProperties properties) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identity = identity;
        this.properties = properties;
    }

    public List<Entry> entries(DashboardScope scope) {
        LocalDate today = calendar.today(ClockUtil.getCurrentTime().toInstant());
        MapSqlParameterSource p = new MapSqlParameterSource("limit", properties.getLedgerLimit())
                .addValue("today", java.sql.Date.valueOf(today));
        String opinionScope = "";
        String departmentScope = "";
        if (!scope.all()) {
            opinionScope = " AND (s.code IN (:stations) OR o.triage_station_code IN (:stations)"
                    + " OR o.department_code IN (:departments))";
            departmentScope = " AND %s IN (:departments)";
            p.addValue("stations", scope.stations().isEmpty() ? List.of("") : scope.stations());
            p.addValue("departments", scope.departments().isEmpty() ? List.of("") : scope.departments());
        }
        List<Entry> out = new ArrayList<>();
        jdbc.query("SELECT o.tracking_code, s.name, COALESCE(dp.name, o.department_code) AS unit, o.reply_due,"
                + " o.process_instance_id FROM opinion o JOIN liaison_station s ON s.id = o.station_id"
                + " LEFT JOIN department dp ON dp.code = o.department_code"
                + " WHERE o.status = 'HANDLING' AND o.overdue_since IS NOT NULL" + opinionScope
                + " ORDER BY o.reply_due LIMIT :limit", p, rs -> {
                    out.add(entry(Workflow.OPINION, rs.getString(1), rs.getString(2) + "收到的群众意见", rs.getString(3),
                            rs.getTimestamp(4), rs.getString(5), today));
                });
        if (scope.all() || !scope.departments().isEmpty()) {
            jdbc.query("SELECT g.business_key, g.title, COALESCE(dp.name, g.lead_department), g.reply_due,"
                    + " g.process_instance_id FROM suggestion g LEFT JOIN department dp ON dp.code = g.lead_department"
                    + " WHERE g.overdue = TRUE AND g.status IN ('HANDLING', 'RE_HANDLING')"
                    + (scope.all() ? "" : departmentScope.formatted("g.lead_department"))
                    + " ORDER BY g.reply_due LIMIT :limit", p, rs -> {
                        out.add(entry(Workflow.SUGGESTION, rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getTimestamp(4), rs.getString(5), today));
                    });
            jdbc.query("SELECT p.business_key, p.title, COALESCE(dp.name, p.department_code), p.planned_completion"
                    + " FROM livelihood_project p LEFT JOIN department dp ON dp.code = p.department_code"
                    + " WHERE p.status IN ('SELECTED', 'IMPLEMENTING') AND p.planned_completion < :today"
                    + (scope.all() ? "" : departmentScope.formatted("p.department_code"))
                    + " ORDER BY p.planned_completion LIMIT :limit", p, rs -> {
                        LocalDate due = rs.getDate(4).toLocalDate();
                        out.add(new Entry(Workflow.PROJECT, rs.getString(1), rs.getString(2), rs.getString(3), due,
                                calendar.workingDaysBetween(due, today), null, null));
                    });
        }
        attachSupervisionTasks(out);
        out.sort(Comparator.comparingInt(Entry::workingDaysOverdue).reversed().thenComparing(Entry::key));
        return out;
    }

    private Entry entry(Workflow w, String key, String title, String unit, Timestamp due, String pid, LocalDate today) {
        LocalDate dueDay = due == null ? today : calendar.today(due.toInstant().minusNanos(1));
        return new Entry(w, key, title, unit, dueDay, Math.max(0, calendar.workingDaysBetween(dueDay, today)), pid, null);
    }

    /** One task query for all: the open supervision task of each case, if any. */
    private void attachSupervisionTasks(List<Entry> entries) {
        List<String> pids = entries.stream().map(Entry::processInstanceId).filter(java.util.Objects::nonNull).toList();
        if (pids.isEmpty()) {
            return;
        }
        Map<String, String> taskByInstance = new HashMap<>();
        for (int i = 0; i < pids.size(); i += 500) {
            List<String> chunk = pids.subList(i, Math.min(pids.size(), i + 500));
            identity.asSystem(() -> taskService.createTaskQuery().processInstanceIdIn(chunk.toArray(String[]::new))
                    .taskDefinitionKey("Task_SuperviseOverdue").active().list())
                    .forEach(t -> taskByInstance.put(t.getProcessInstanceId(), t.getId()));
        }
        entries.replaceAll(e -> e.processInstanceId() == null ? e : new Entry(e.workflow(), e.key(), e.title(), e.unit(),
                e.due(), e.workingDaysOverdue(), e.processInstanceId(), taskByInstance.get(e.processInstanceId())));
    }

    public Table table(List<Entry> entries, boolean staffLinks) {
        Table t = new Table("ledger", "督办台账：当前超期案件", List.of("类别", "编号", "事项", "责任单位", "办理期限",
                "超期（工作日）", "督办"));
        for (Entry e : entries) {
            String caseUrl = switch (e.workflow()) {
                case OPINION -> "/dashboard/opinions/" + e.key();
                case SUGGESTION -> "/dashboard/suggestions/" + e.key();
                case PROJECT -> "/dashboard/projects/" + e.key();
            };
            Cell supervise = !staffLinks ? Cell.text(e.supervisionTaskId() == null ? "" : "已生成督办任务")
                    : e.workflow().supervisionTask == null ? Cell.text("已提请督办（通知）")
                    : new Cell("action", e.supervisionTaskId() == null ? "发起督办" : "打开督办任务",
                            "/dashboard/ledger/" + e.workflow().name() + "/" + e.key() + "/supervise", null);
            t.add(List.of(Cell.text(e.workflow().label), Cell.link(e.key(), caseUrl), Cell.text(e.title()),
                    Cell.text(e.unit()), Cell.text(e.due()),
                    Cell.of(Figure.count("超期工作日", e.workingDaysOverdue(),
                            "自办理期限届满次日起至今天的工作日数（按节假日安排）", caseUrl)),
                    supervise));
        }
        t.note("超期：办理期限已过仍未办复（民生实事项目：计划完工日期已过仍未完工）；按超期工作日从多到少排列。");
        return t;
    }

    /**
     * The supervision task of an overdue case, for Tasklist: the open one, or the one its due overdue
     * timer creates when fired now. Only supervisors (and administrators) supervise.
     */
    public String openSupervision(String workflow, String key, boolean supervisor) {
        if (!supervisor) {
            throw new ForbiddenException("只有督办人员可以发起督办");
        }
        Workflow w;
        try {
            w = Workflow.valueOf(workflow);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("没有这类案件：" + workflow);
        }
        if (w.supervisionTask == null) {
            throw new ConflictException("该类案件超期时由流程通知督办人员，没有督办任务");
        }
        Task open = task(w, key);
        if (open != null) {
            return open.getId();
        }
        Job timer = identity.asSystem(() -> managementService.createJobQuery().processDefinitionKey(w.processKey)
                .processInstanceId(instanceOf(w, key)).activityId(w.timerActivity).timers()
                .duedateLowerThan(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 1)).singleResult());
        if (timer == null) {
            throw new ConflictException("该案件当前没有待办的督办任务（可能已督办完毕，或尚未超期）");
        }
        try {
            identity.asSystem(() -> {
                managementService.executeJob(timer.getId());
                return null;
            });
        } catch (org.camunda.bpm.engine.ProcessEngineException raced) {
            // another supervisor fired it a moment ago: their task is the one to open
        }
        Task created = task(w, key);
        if (created == null) {
            throw new ConflictException("督办任务未能生成，请稍后再试");
        }
        return created.getId();
    }

    private Task task(Workflow w, String key) {
        String pid = instanceOf(w, key);
        return identity.asSystem(() -> taskService.createTaskQuery().processInstanceId(pid)
                .taskDefinitionKey(w.supervisionTask).active().list().stream().findFirst().orElse(null));
    }

    private String instanceOf(Workflow w, String key) {
        String sql = w == Workflow.OPINION
                ? "SELECT process_instance_id FROM opinion WHERE tracking_code = :key"
                : "SELECT process_instance_id FROM suggestion WHERE business_key = :key";
        List<String> ids = jdbc.queryForList(sql, new MapSqlParameterSource("key", key), String.class);
        if (ids.isEmpty() || ids.get(0) == null) {
            throw new NotFoundException("案件不存在：" + key);
        }
        return ids.get(0);
    }

}
