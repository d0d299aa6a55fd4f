package cn.deputylink.dashboard;

import cn.deputylink.opinion.OpinionFigures;
import cn.deputylink.opinion.OpinionFigures.Dimension;
import cn.deputylink.opinion.OpinionFigures.Measure;
import cn.deputylink.opinion.OpinionQueries;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.export.XlsxExport;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.pages.PageController;
import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.shared.web.PageResponse;
import cn.deputylink.suggestion.Suggestion;
import cn.deputylink.suggestion.SuggestionService;
import cn.deputylink.suggestion.SuggestionStats;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The supervisors' dashboard (督办看板) at {@code /dashboard}: figures with their definitions, the
 * cases behind every number, each case's timeline, the overdue ledger, and every table as Excel.
 */
@PageController
public class DashboardController {

    private final DashboardService dashboards;
    private final OverdueLedger ledger;
    private final OpinionFigures opinionFigures;
    private final SuggestionStats suggestionStats;
    private final ProgrammeFigures programmes;
    private final OpinionQueries opinionQueries;
    private final SuggestionService suggestions;
    private final TaskService taskService;
    private final CurrentUser currentUser;
    private final WorkingDayCalendar calendar;
    private final DashboardProperties properties;
    private final ObjectMapper json;

    public DashboardController(DashboardService dashboards, OverdueLedger ledger, OpinionFigures opinionFigures,
                               SuggestionStats suggestionStats, ProgrammeFigures programmes,
                               OpinionQueries opinionQueries,
                               SuggestionService suggestions, TaskService taskService,
                               CurrentUser currentUser, WorkingDayCalendar calendar, DashboardProperties properties,
                               ObjectMapper json) {
        this.dashboards = dashboards;
        this.ledger = ledger;
        this.opinionFigures = opinionFigures;
        this.suggestionStats = suggestionStats;
        this.programmes = programmes;
        this.opinionQueries = opinionQueries;
        this.suggestions = suggestions;
        this.taskService = taskService;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.properties = properties;
        this.json = json;
    }

    @GetMapping({"/dashboard", "/dashboard/"})
    public String dashboard(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        DashboardFilter filter;
        try {
            filter = DashboardFilter.parse(params, today());
        } catch (DashboardFilter.Invalid e) {
            response.setStatus(400);
            model.addAttribute("errors", errors(e));
            filter = e.partial();
        }
        model.addAttribute("typed", params);
        DashboardService.Dashboard d;
        try {
            d = dashboards.build(filter);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", errors(e));
            d = dashboards.build(new DashboardFilter(filter.period(), filter.year(), filter.month(), filter.quarter(),
                    filter.first(), filter.last(), filter.level(), null));
        }
        List<OverdueLedger.Entry> entries = ledger.entries(d.scope());
        model.addAttribute("d", d);
        model.addAttribute("ledger", ledger.table(entries, supervises()));
        model.addAttribute("chartJson", chartJson(d.charts()));
        model.addAttribute("exportQuery", query(filter.params()));
        model.addAttribute("levels", cn.deputylink.deputy.CongressLevel.values());
        return "dashboard/index";
    }

    /** The same figures as JSON: the dashboard's API. */
    @GetMapping("/dashboard/data.json")
    @ResponseBody
    public Map<String, Object> data(@RequestParam Map<String, String> params) {
        DashboardService.Dashboard d = dashboards.build(DashboardFilter.parse(params, today()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", d.filter().label());
        out.put("scope", d.scope().label());
        out.put("headline", d.headline());
        out.put("tables", d.tables());
        out.put("charts", d.charts());
        return out;
    }

    @GetMapping("/dashboard/export/{table}.xlsx")
    public ResponseEntity<byte[]> export(@PathVariable String table, @RequestParam Map<String, String> params) {
        Table t;
        if ("ledger".equals(table)) {
            t = ledger.table(ledger.entries(dashboards.scope()), false);
        } else {
            t = dashboards.build(DashboardFilter.parse(params, today())).table(table);
        }
        if (t == null) {
            throw new NotFoundException("没有这张表：" + table);
        }
        return XlsxExport.download(t.title().replaceAll("[\\\\/:*?\"<>|：（）“”]", "") + ".xlsx",
                XlsxExport.table(sheetName(t.title()), t.exportHeaders(), t.exportRows()));
    }

    /** The cases behind a number. */
    @GetMapping({"/dashboard/cases", "/dashboard/cases.xlsx"})
    public Object cases(@RequestParam Map<String, String> params, @RequestParam String section,
                        @RequestParam(defaultValue = "TOTAL") String dim, @RequestParam(defaultValue = "ALL") String key,
                        @RequestParam String measure, @RequestParam(defaultValue = "0") int page,
                        jakarta.servlet.http.HttpServletRequest request, Model model) {
        DashboardFilter filter = DashboardFilter.parse(params, today());
        DashboardScope scope = dashboards.scope();
        boolean xlsx = request.getRequestURI().endsWith(".xlsx");
        List<String> headers;
        List<List<Table.Cell>> rows = new ArrayList<>();
        String title;
        long total;
        switch (section) {
            case "opinion" -> {
                Dimension dimension = parse(Dimension.class, dim, "dim");
                Measure m = parse(Measure.class, measure, "measure");
                if (dimension == Dimension.DEPARTMENT) {
                    scope.requireDepartment(key);
                } else if (dimension == Dimension.STATION) {
                    scope.requireStation(key);
                }
                int size = xlsx ? 10_000 : properties.getPageSize();
                PageResponse<OpinionFigures.CaseRow> list = opinionFigures.cases(dashboards.opinionFilter(filter),
                        dimension, key, m, xlsx ? 0 : Math.max(0, page), size);
                title = "群众意见 · " + m.label() + (dimension == Dimension.TOTAL ? "" : " · " + key);
                total = list.total();
                headers = List.of("查询编号", "状态", "渠道", "类别", "收到站点", "承办单位", "收到时间", "办理期限", "超期", "评价",
                        "群众（已遮蔽）");
                for (OpinionFigures.CaseRow c : list.items()) {
                    rows.add(List.of(Table.Cell.link(c.trackingCode(), "/dashboard/opinions/" + c.trackingCode()),
                            Table.Cell.text(c.statusLabel()), Table.Cell.text(c.channelLabel()),
                            Table.Cell.text(c.categoryLabel()), Table.Cell.text(c.stationName()),
                            Table.Cell.text(c.departmentCode()), Table.Cell.text(day(c.receivedAt())),
                            Table.Cell.text(c.replyDue() == null ? "" : day(c.replyDue())),
                            Table.Cell.text(c.overdue() ? "是" : ""), Table.Cell.text(c.ratingLabel()),
                            Table.Cell.text(c.citizen())));
                }
                model.addAttribute("definition", m.definition());
            }
            case "suggestion" -> {
                SuggestionStats.Measure m = parse(SuggestionStats.Measure.class, measure, "measure");
                String department = "ALL".equals(key) ? scope.suggestionDepartment() : key;
                if (!scope.seesSuggestions()) {
                    throw new ForbiddenException("只能查看本单位的代表建议");
                }
                if (department != null) {
                    scope.requireDepartment(department);
                }
                List<Suggestion> list = suggestionStats.cases(filter.suggestionYear(), department, m);
                title = "代表建议 · " + m.label() + (department == null ? "" : " · " + department);
                total = list.size();
                headers = List.of("建议编号", "标题", "状态", "主办单位", "办复期限", "延期", "超期", "办理结果", "代表评价");
                for (Suggestion s : list) {
                    rows.add(List.of(Table.Cell.link(s.getBusinessKey(), "/dashboard/suggestions/" + s.getBusinessKey()),
                            Table.Cell.text(s.getTitle()), Table.Cell.text(s.getStatus().label()),
                            Table.Cell.text(s.getLeadDepartment()),
                            Table.Cell.text(s.getReplyDue() == null ? "" : day(s.getReplyDue())),
                            Table.Cell.text(s.isExtended() ? "是" : ""), Table.Cell.text(s.isOverdue() ? "是" : ""),
                            Table.Cell.text(s.getResultClass() == null ? "" : s.getResultClass().name()),
                            Table.Cell.text(s.finalRating() == null ? "" : s.finalRating().label())));
                }
                model.addAttribute("definition", String.join("；", SuggestionStats.DEFINITIONS));
            }
            case "project", "review" -> {
                List<ProgrammeFigures.Item> list;
                try {
                    list = programmes.cases(section, key, measure, scope);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("measure", "统计口径无效：" + measure);
                }
                title = ("project".equals(section) ? "民生实事项目 · " : "履职评议 · ")
                        + ProgrammeFigures.label(section, measure) + " · " + key;
                total = list.size();
                headers = List.of("编号", "名称", "单位/代表编号", "状态");
                for (ProgrammeFigures.Item i : list) {
                    rows.add(List.of(i.href() == null ? Table.Cell.text(i.key()) : Table.Cell.link(i.key(), i.href()),
                            Table.Cell.text(i.title()), Table.Cell.text(i.unit()), Table.Cell.text(i.status())));
                }
                model.addAttribute("definition", ProgrammeFigures.label(section, measure));
            }
            default -> throw new InvalidInputException("section", "没有这类统计：" + section);
        }
        Table table = new Table("cases", title, headers, rows, new ArrayList<>());
        if (xlsx) {
            return XlsxExport.download("案件清单.xlsx", XlsxExport.table("案件清单", table.exportHeaders(),
                    table.exportRows()));
        }
        model.addAttribute("table", table);
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + properties.getPageSize() - 1) / properties.getPageSize()));
        model.addAttribute("filter", filter);
        model.addAttribute("query", request.getQueryString() == null ? "" : request.getQueryString());
        model.addAttribute("pageQuery", query(without(params, "page")));
        return "dashboard/cases";
    }

    @GetMapping("/dashboard/opinions/{code}")
    public String opinion(@PathVariable String code, Model model) {
        DashboardService.OpinionCase o = dashboards.opinionCase(code);
        var detail = opinionQueries.detail(code);
        model.addAttribute("kind", "群众意见");
        model.addAttribute("key", code);
        model.addAttribute("status", detail.summary().statusLabel());
        model.addAttribute("facts", List.of(
                "收到站点：" + detail.summary().stationName(),
                "承办单位：" + (detail.summary().departmentCode() == null ? "未交办" : detail.summary().departmentCode()),
                "群众：" + o.maskedCitizen()));
        List<String[]> events = new ArrayList<>();
        detail.timeline().forEach(e -> events.add(new String[] {day(e.at()), e.label(),
                e.text() == null ? "" : e.text()}));
        model.addAttribute("events", events);
        staffLinks(model, o.processInstanceId());
        return "dashboard/case";
    }

    @GetMapping("/dashboard/suggestions/{key}")
    public String suggestion(@PathVariable String key, Model model) {
        dashboards.scope();
        var view = suggestions.view(key);
        model.addAttribute("kind", "代表建议");
        model.addAttribute("key", key);
        model.addAttribute("status", view.statusLabel());
        model.addAttribute("facts", List.of("标题：" + view.title(),
                "主办单位：" + (view.leadDepartment() == null ? "未交办" : view.leadDepartment()),
                "办复期限：" + (view.replyDue() == null ? "—" : day(view.replyDue())) + (view.extended() ? "（经批准延期）" : ""),
                "重点督办：" + (view.keySuggestion() ? "是" : "否")));
        List<String[]> events = new ArrayList<>();
        view.events().forEach(e -> events.add(new String[] {day(e.at()), e.typeLabel(),
                e.departmentCode() == null ? "" : e.departmentCode()}));
        model.addAttribute("events", events);
        staffLinks(model, suggestions.find(key).getProcessInstanceId());
        return "dashboard/case";
    }

    @GetMapping("/dashboard/projects/{key}")
    public String project(@PathVariable String key, Model model) {
        ProgrammeFigures.ProjectCase p = programmes.projectCase(key, dashboards.scope());
        model.addAttribute("kind", "民生实事项目");
        model.addAttribute("key", key);
        model.addAttribute("status", p.status());
        model.addAttribute("facts", p.facts());
        model.addAttribute("events", p.events());
        staffLinks(model, null);
        return "dashboard/case";
    }

    @PostMapping("/dashboard/ledger/{workflow}/{key}/supervise")
    public String supervise(@PathVariable String workflow, @PathVariable String key) {
        dashboards.scope();
        String taskId = ledger.openSupervision(workflow, key, supervises());
        return "redirect:/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    /** Bad filters on the lists and exports: 400 with the field named, in Chinese. */
    @org.springframework.web.bind.annotation.ExceptionHandler(InvalidInputException.class)
    public org.springframework.web.servlet.ModelAndView invalid(InvalidInputException e, HttpServletResponse response) {
        response.setStatus(400);
        org.springframework.web.servlet.ModelAndView view = new org.springframework.web.servlet.ModelAndView("error");
        view.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
        view.addObject("status", 400);
        view.addObject("message", e.problems().isEmpty() ? e.getMessage()
                : e.problems().get(0).field() + "：" + e.problems().get(0).message());
        return view;
    }

    private void staffLinks(Model model, String processInstanceId) {
        boolean staff = dashboards.scope().all();
        model.addAttribute("cockpitUrl", staff && processInstanceId != null
                ? "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId : null);
        List<String[]> tasks = new ArrayList<>();
        if (processInstanceId != null) {
            // the caller's own engine authorizations decide which open tasks are listed
            taskService.createTaskQuery().processInstanceId(processInstanceId).active().list().forEach(t ->
                    tasks.add(new String[] {t.getName(), "/camunda/app/tasklist/default/#/?task=" + t.getId()}));
        }
        model.addAttribute("tasks", tasks);
    }

    private boolean supervises() {
        return currentUser.isIn(Roles.SUPERVISORS) || currentUser.isAdmin();
    }

    private LocalDate today() {
        return calendar.today(ClockUtil.getCurrentTime().toInstant());
    }

    private String day(java.time.Instant at) {
        return at == null ? "" : at.atZone(calendar.zone()).toLocalDate().toString();
    }

    private String chartJson(Map<String, Object> charts) {
        try {
            return json.writeValueAsString(charts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.problems().forEach(p -> out.putIfAbsent(p.field(), p.message()));
        return out;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "统计口径无效：" + value);
        }
    }

    private static Map<String, String> without(Map<String, String> params, String name) {
        Map<String, String> out = new LinkedHashMap<>(params);
        out.remove(name);
        return out;
    }

    static String query(Map<String, String> params) {
        StringBuilder b = new StringBuilder();
        params.forEach((k, v) -> b.append(b.isEmpty() ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return b.toString();
    }

    private static String sheetName(String title) {
        String s = title.replaceAll("[\\\\/?*\\[\\]:：]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
