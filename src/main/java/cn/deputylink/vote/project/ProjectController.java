package cn.deputylink.vote.project;

import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.vote.Access;
import cn.deputylink.vote.LivelihoodVote;
import cn.deputylink.vote.VoteService;
import cn.deputylink.vote.workflow.FormValues;
import cn.deputylink.vote.workflow.LivelihoodProjectProcess;
import cn.deputylink.vote.workflow.ProcessTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Selected projects (政府买单、人大验单): plan, quarterly reports, completion, inspections,
 * acceptance, and the deputies' satisfaction rating at the next session. Each POST finishes the
 * same task the Tasklist form would, with the same checks.
 */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "民生实事项目实施", description = "责任单位、预算、季度进度、代表视察、验收、满意度测评")
public class ProjectController {

    private final ProjectService projects;
    private final LivelihoodProjectRepository repository;
    private final VoteService votes;
    private final ProcessTasks tasks;
    private final TaskService taskService;
    private final CurrentUser currentUser;

    public ProjectController(ProjectService projects, LivelihoodProjectRepository repository, VoteService votes,
                             ProcessTasks tasks, TaskService taskService, CurrentUser currentUser) {
        this.projects = projects;
        this.repository = repository;
        this.votes = votes;
        this.tasks = tasks;
        this.taskService = taskService;
        this.currentUser = currentUser;
    }

    public record MilestoneRequest(String title, LocalDate dueDate) {
    }

    public record PlanRequest(String departmentCode, BigDecimal budget, LocalDate plannedCompletion,
                              List<MilestoneRequest> milestones) {
    }

    public record ProgressRequest(Integer percentComplete, BigDecimal fundsSpent, String summary, String problems) {
    }

    public record CompletionRequest(String summary, BigDecimal actualCost) {
    }

    public record InspectionRequest(InspectionConclusion conclusion, String findings) {
    }

    public record AcceptanceRequest(@NotNull(message = "请选择验收结论：ACCEPTED 或 REWORK") Decision decision,
                                    String opinion) {
        public enum Decision { ACCEPTED, REWORK }
    }

    public record RatingRequest(@NotNull(message = "请选择评价：SATISFIED、BASICALLY_SATISFIED 或 UNSATISFIED")
                                Satisfaction rating) {
    }

    public record Received(String message) {
    }

    public record MilestoneView(int order, String title, LocalDate dueDate) {
    }

    public record ReportView(int reportNo, int percentComplete, BigDecimal fundsSpent, String summary, String problems,
                             String submittedBy, Instant submittedAt) {
    }

    public record InspectionView(String deputyCode, String deputyName, String conclusion, String conclusionLabel,
                                 String findings, Instant inspectedAt) {
    }

    public record EvaluationView(Integer satisfied, Integer basicallySatisfied, Integer unsatisfied,
                                 BigDecimal satisfactionRatePercent, Instant publishedAt, String atVote) {
    }

    public record ProjectView(String businessKey, String voteKey, String title, String area, String status,
                              String statusLabel, String departmentCode, BigDecimal budget, LocalDate plannedCompletion,
                              List<MilestoneView> milestones, List<ReportView> progressReports,
                              List<InspectionView> inspections, String completionSummary, BigDecimal actualCost,
                              Instant completedAt, String acceptanceOpinion, Instant acceptedAt,
                              EvaluationView evaluation) {
        static ProjectView of(LivelihoodProject p, List<ProgressReport> reports, List<ProjectInspection> inspections) {
            EvaluationView evaluation = p.getEvaluationPublishedAt() == null ? null
                    : new EvaluationView(p.getSatisfied(), p.getBasicallySatisfied(), p.getUnsatisfied(),
                    p.satisfactionRate(), p.getEvaluationPublishedAt(),
                    p.getEvaluationVote() == null ? null : p.getEvaluationVote().getBusinessKey());
            return new ProjectView(p.getBusinessKey(), p.getVote().getBusinessKey(), p.getTitle(), p.getArea(),
                    p.getStatus().name(), p.getStatus().label(), p.getDepartmentCode(), p.getBudget(),
                    p.getPlannedCompletion(),
                    p.getMilestones().stream().map(m -> new MilestoneView(m.getSortOrder(), m.getTitle(), m.getDueDate()))
                            .toList(),
                    reports.stream().map(r -> new ReportView(r.getReportNo(), r.getPercentComplete(), r.getFundsSpent(),
                            r.getSummary(), r.getProblems(), r.getSubmittedBy(), r.getSubmittedAt())).toList(),
                    inspections.stream().map(i -> new InspectionView(i.getDeputy().getCode(), i.getDeputy().getName(),
                            i.getConclusion().name(), i.getConclusion().label(), i.getFindings(), i.getInspectedAt()))
                            .toList(),
                    p.getCompletionSummary(), p.getActualCost(), p.getCompletedAt(), p.getAcceptanceOpinion(),
                    p.getAcceptedAt(), evaluation);
        }
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "某次票决当选的项目")
    public List<ProjectView> list(@RequestParam String vote) {
        LivelihoodVote v = votes.get(vote);
        return repository.findByVoteIdOrderByBusinessKeyAsc(v.getId()).stream().map(this::view).toList();
    }

    @GetMapping("/{key}")
    @Transactional(readOnly = true)
    @Operation(summary = "项目详情", description = "计划、季度进度、视察、验收和满意度测评结果")
    public ProjectView get(@PathVariable String key) {
        return view(projects.get(key));
    }

    @PostMapping("/{key}/plan")
    @PreAuthorize(Access.GOV_OFFICE)
    @Transactional
    @Operation(summary = "明确责任单位、预算和时间节点")
    public ProjectView plan(@PathVariable String key, @RequestBody PlanRequest request) {
        Map<String, Object> v = new HashMap<>();
        v.put(LivelihoodProjectProcess.DEPARTMENT_CODE.name(), request.departmentCode());
        v.put(LivelihoodProjectProcess.BUDGET, request.budget() == null ? null : request.budget().doubleValue());
        v.put(LivelihoodProjectProcess.PLANNED_COMPLETION.name(),
                request.plannedCompletion() == null ? null : request.plannedCompletion().toString());
        List<Map<String, Object>> milestones = request.milestones() == null ? List.of() : request.milestones().stream()
                .map(m -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("title", m.title());
                    row.put("dueDate", m.dueDate() == null ? null : m.dueDate().toString());
                    return row;
                }).toList();
        v.put(LivelihoodProjectProcess.MILESTONES, FormValues.json(milestones));
        tasks.complete(key, LivelihoodProjectProcess.TASK_PLAN, "明确责任单位、预算和时间节点", v);
        return view(projects.get(key));
    }

    @PostMapping("/{key}/progress-reports")
    @Transactional
    @Operation(summary = "责任单位报送季度进度", description = "报告期到时责任单位方可报送")
    public ProjectView report(@PathVariable String key, @RequestBody ProgressRequest request) {
        Map<String, Object> v = new HashMap<>();
        v.put(LivelihoodProjectProcess.PERCENT_COMPLETE, request.percentComplete());
        v.put(LivelihoodProjectProcess.FUNDS_SPENT, request.fundsSpent() == null ? null : request.fundsSpent().doubleValue());
        v.put(LivelihoodProjectProcess.PROGRESS_SUMMARY.name(), request.summary());
        v.put(LivelihoodProjectProcess.PROGRESS_PROBLEMS.name(), request.problems());
        tasks.complete(key, LivelihoodProjectProcess.TASK_REPORT, "报送季度进度", v);
        return view(projects.get(key));
    }

    @PostMapping("/{key}/completion")
    @Transactional
    @Operation(summary = "责任单位报告完工，申请验收")
    public ProjectView complete(@PathVariable String key, @RequestBody CompletionRequest request) {
        Map<String, Object> v = new HashMap<>();
        v.put(LivelihoodProjectProcess.COMPLETION_SUMMARY.name(), request.summary());
        v.put(LivelihoodProjectProcess.ACTUAL_COST, request.actualCost() == null ? null : request.actualCost().doubleValue());
        tasks.complete(key, LivelihoodProjectProcess.TASK_COMPLETE, "完成项目建设并申请验收", v);
        return view(projects.get(key));
    }

    @PostMapping("/{key}/inspections")
    @PreAuthorize(Access.DEPUTIES)
    @Transactional
    @Operation(summary = "代表填报视察情况", description = "视察期到时，本级人大代表认领并填报；记入代表履职档案")
    public ProjectView inspect(@PathVariable String key, @RequestBody InspectionRequest request) {
        Task task = tasks.require(key, LivelihoodProjectProcess.TASK_INSPECT, "代表视察项目");
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), currentUser.require());
        }
        Map<String, Object> v = new HashMap<>();
        v.put(LivelihoodProjectProcess.INSPECTION_CONCLUSION.name(),
                request.conclusion() == null ? null : request.conclusion().name());
        v.put(LivelihoodProjectProcess.INSPECTION_FINDINGS.name(), request.findings());
        tasks.complete(key, LivelihoodProjectProcess.TASK_INSPECT, "代表视察项目", v);
        return view(projects.get(key));
    }

    @PostMapping("/{key}/acceptance")
    @PreAuthorize(Access.SECRETARIAT)
    @Transactional
    @Operation(summary = "组织验收", description = "验收合格，或限期整改（须写明意见）")
    public ProjectView accept(@PathVariable String key, @Valid @RequestBody AcceptanceRequest request) {
        Map<String, Object> v = new HashMap<>();
        v.put(LivelihoodProjectProcess.ACCEPTANCE_DECISION.name(), request.decision().name());
        v.put(LivelihoodProjectProcess.ACCEPTANCE_OPINION.name(), request.opinion());
        tasks.complete(key, LivelihoodProjectProcess.TASK_ACCEPT, "组织项目验收", v);
        return view(projects.get(key));
    }

    @PostMapping("/{key}/ratings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.DEPUTIES)
    @Operation(summary = "代表满意度测评", description = "次年人代会期间出席代表评价一次，不记名；重复评价返回 409")
    public Received rate(@PathVariable String key, @Valid @RequestBody RatingRequest request) {
        projects.rate(key, currentUser.require(), request.rating());
        return new Received("您的评价已收到");
    }

    @PostMapping("/{key}/evaluation/close")
    @PreAuthorize(Access.SECRETARIAT)
    @Transactional
    @Operation(summary = "结束满意度测评并公布结果")
    public ProjectView closeEvaluation(@PathVariable String key) {
        tasks.complete(key, LivelihoodProjectProcess.TASK_CLOSE_EVALUATION, "结束满意度测评",
                Map.of("evaluationClosed", true));
        return view(projects.get(key));
    }

    private ProjectView view(LivelihoodProject p) {
        return ProjectView.of(p, projects.reports(p.getId()), projects.inspections(p.getId()));
    }
}
