package cn.deputylink.vote.project;

import cn.deputylink.department.DepartmentService;
import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.ledger.ActivityLedger;
import cn.deputylink.ledger.ActivityType;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.vote.LivelihoodVote;
import cn.deputylink.vote.RollEntry;
import cn.deputylink.vote.RollEntryRepository;
import cn.deputylink.vote.VoteCandidate;
import cn.deputylink.vote.VoteCandidateRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selected projects from planning to evaluation. Every write checks the project's status, so a
 * form submitted twice, or a step done out of turn, is refused instead of written twice.
 */
@Service
public class ProjectService {

    private final LivelihoodProjectRepository projects;
    private final ProgressReportRepository reports;
    private final ProjectInspectionRepository inspections;
    private final RatingRegisterRepository ratingRegister;
    private final ProjectRatingRepository ratings;
    private final VoteCandidateRepository candidates;
    private final RollEntryRepository roll;
    private final DeputyRepository deputies;
    private final DepartmentService departments;
    private final ActivityLedger ledger;
    private final WorkingDayCalendar calendar;

    public ProjectService(LivelihoodProjectRepository projects, ProgressReportRepository reports,
                          ProjectInspectionRepository inspections, RatingRegisterRepository ratingRegister,
                          ProjectRatingRepository ratings, VoteCandidateRepository candidates,
                          RollEntryRepository roll, DeputyRepository deputies, DepartmentService departments,
                          ActivityLedger ledger, WorkingDayCalendar calendar) {
        this.projects = projects;
        this.reports = reports;
        this.inspections = inspections;
        this.ratingRegister = ratingRegister;
        this.ratings = ratings;
        this.candidates = candidates;
        this.roll = roll;
        this.deputies = deputies;
        this.departments = departments;
        this.ledger = ledger;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public LivelihoodProject get(String businessKey) {
        return projects.findByBusinessKey(businessKey).orElseThrow(() -> NotFoundException.of("民生实事项目", businessKey));
    }

    @Transactional(readOnly = true)
    public LivelihoodProject get(Long id) {
        return projects.findById(id).orElseThrow(() -> NotFoundException.of("民生实事项目", id));
    }

    /** One project per elected candidate, in ballot order; safe to run again. */
    @Transactional
    public List<LivelihoodProject> createForElected(LivelihoodVote vote) {
        List<LivelihoodProject> result = new ArrayList<>();
        Instant now = now();
        for (VoteCandidate c : candidates.findByVoteIdOrderBySortOrderAsc(vote.getId())) {
            if (c.getOutcome() == VoteCandidate.Outcome.ELECTED) {
                result.add(projects.findByCandidateId(c.getId())
                        .orElseGet(() -> projects.save(new LivelihoodProject(vote, c, now))));
            }
        }
        return result;
    }

    /** gov-office: the responsible department, budget, planned completion and milestones. */
    @Transactional
    public LivelihoodProject plan(Long projectId, String departmentCode, BigDecimal budget, String plannedCompletion,
                                  List<ProjectMilestone.Plan> milestones) {
        LivelihoodProject project = get(projectId);
        List<FieldProblem> problems = new ArrayList<>();
        String department = null;
        try {
            department = departments.requireActive("departmentCode", departmentCode).getCode();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (budget == null || budget.signum() <= 0) {
            problems.add(new FieldProblem("budget", "请填写项目预算（万元），应大于 0"));
        }
        LocalDate completion = date(plannedCompletion, "plannedCompletion", "计划完工日期", problems);
        LocalDate today = calendar.today(now());
        if (completion != null && !completion.isAfter(today)) {
            problems.add(new FieldProblem("plannedCompletion", "计划完工日期应晚于今天"));
        }
        for (int i = 0; i < milestones.size(); i++) {
            ProjectMilestone.Plan m = milestones.get(i);
            if (m.title() == null || m.title().isBlank() || m.title().length() > 200) {
                problems.add(new FieldProblem("milestones[" + i + "].title", "请填写节点名称（最长 200 字）"));
            }
            if (m.dueDate() == null) {
                problems.add(new FieldProblem("milestones[" + i + "].dueDate", "请填写节点日期"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (project.getStatus() != ProjectStatus.SELECTED && project.getStatus() != ProjectStatus.IMPLEMENTING) {
            throw new ConflictException("项目当前不能调整实施计划（" + project.getStatus().label() + "）");
        }
        project.plan(department, budget, completion, milestones);
        return project;
    }

    @Transactional
    public ProgressReport addProgressReport(Long projectId, Integer percentComplete, BigDecimal fundsSpent,
                                            String summary, String problemsText, String userId) {
        LivelihoodProject project = get(projectId);
        List<FieldProblem> problems = new ArrayList<>();
        if (percentComplete == null || percentComplete < 0 || percentComplete > 100) {
            problems.add(new FieldProblem("percentComplete", "请填写完成进度（0 至 100）"));
        }
        if (fundsSpent != null && fundsSpent.signum() < 0) {
            problems.add(new FieldProblem("fundsSpent", "已拨付资金不能为负数"));
        }
        requireText(summary, "progressSummary", "进展情况", 2000, problems);
        if (problemsText != null && problemsText.length() > 1000) {
            problems.add(new FieldProblem("progressProblems", "存在问题最长 1000 字"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (project.getStatus() != ProjectStatus.IMPLEMENTING && project.getStatus() != ProjectStatus.COMPLETION_REPORTED) {
            throw new ConflictException("项目当前不在实施阶段（" + project.getStatus().label() + "）");
        }
        int next = reports.countByProjectId(projectId) + 1;
        return reports.save(new ProgressReport(project, next, percentComplete, fundsSpent, summary.strip(),
                blankToNull(problemsText), userId, now()));
    }

    @Transactional
    public LivelihoodProject reportCompletion(Long projectId, String summary, BigDecimal actualCost) {
        LivelihoodProject project = get(projectId);
        List<FieldProblem> problems = new ArrayList<>();
        requireText(summary, "completionSummary", "完工情况", 2000, problems);
        if (actualCost == null || actualCost.signum() < 0) {
            problems.add(new FieldProblem("actualCost", "请填写实际投资（万元）"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (project.getStatus() != ProjectStatus.IMPLEMENTING) {
            throw new ConflictException("项目当前不在实施阶段（" + project.getStatus().label() + "）");
        }
        project.reportCompletion(summary.strip(), actualCost, now());
        return project;
    }

    /** A deputy's inspection; it also goes into the deputy's ledger (视察). Idempotent per task. */
    @Transactional
    public ProjectInspection recordInspection(Long projectId, String userId, String conclusion, String findings,
                                              String taskId) {
        LivelihoodProject project = get(projectId);
        Deputy deputy = deputies.findByUserId(userId == null ? "" : userId)
                .orElseThrow(() -> new ForbiddenException("只有人大代表可以填报视察情况"));
        List<FieldProblem> problems = new ArrayList<>();
        InspectionConclusion c = null;
        try {
            c = conclusion == null ? null : InspectionConclusion.valueOf(conclusion);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (c == null) {
            problems.add(new FieldProblem("inspectionConclusion", "请选择视察结论"));
        }
        requireText(findings, "inspectionFindings", "视察情况", 2000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (taskId != null && inspections.existsBySourceTask(taskId)) {
            return inspections.findByProjectIdOrderByInspectedAtAsc(projectId).stream()
                    .filter(i -> taskId.equals(i.getSourceTask())).findFirst().orElseThrow();
        }
        Instant now = now();
        ProjectInspection inspection = inspections.save(new ProjectInspection(project, deputy, c, findings.strip(),
                taskId, now));
        ledger.recordFromWorkflow(deputy.getCode(), ActivityType.INSPECTION, calendar.today(now), null,
                "视察民生实事项目：" + project.getTitle(),
                "project-inspection:" + (taskId == null ? project.getBusinessKey() + ":" + inspection.getId() : taskId));
        return inspection;
    }

    @Transactional
    public LivelihoodProject decideAcceptance(Long projectId, boolean accepted, String opinion, String userId) {
        LivelihoodProject project = get(projectId);
        String text = blankToNull(opinion);
        if (!accepted && text == null) {
            throw new InvalidInputException("acceptanceOpinion", "要求整改时须写明整改意见");
        }
        if (text != null && text.length() > 1000) {
            throw new InvalidInputException("acceptanceOpinion", "验收意见最长 1000 字");
        }
        if (project.getStatus() != ProjectStatus.COMPLETION_REPORTED) {
            throw new ConflictException("项目尚未报告完工，不能验收");
        }
        if (accepted) {
            project.accept(text, userId, now());
        } else {
            project.returnForRework(text);
        }
        return project;
    }

    /** Called by the next year's vote when its session opens; only accepted projects are rated. */
    @Transactional
    public boolean openEvaluation(LivelihoodProject project, LivelihoodVote evaluationVote) {
        if (project.getStatus() == ProjectStatus.EVALUATING
                && project.getEvaluationVote().getId().equals(evaluationVote.getId())) {
            return true;
        }
        if (project.getStatus() != ProjectStatus.ACCEPTED) {
            return false;
        }
        project.openEvaluation(evaluationVote);
        return true;
    }

    /**
     * A deputy's satisfaction rating, secret like a ballot: the register says the deputy rated,
     * the rating is stored without the rater. Only deputies recorded present at the session that
     * opened the evaluation rate, once each.
     */
    @Transactional
    public void rate(String projectKey, String userId, Satisfaction rating) {
        LivelihoodProject project = get(projectKey);
        if (project.getStatus() != ProjectStatus.EVALUATING) {
            throw new ConflictException("该项目当前不在满意度测评期");
        }
        RollEntry entry = roll.findByUser(project.getEvaluationVote().getId(), userId)
                .orElseThrow(() -> new ForbiddenException("您不在本次会议的代表名单中，不能参加测评"));
        if (!entry.isPresent()) {
            throw new ForbiddenException("您未登记出席本次会议，不能参加测评");
        }
        Long deputyId = entry.getDeputy().getId();
        if (ratingRegister.hasRated(project.getId(), deputyId)) {
            throw new ConflictException("您已对该项目作出评价，不能重复评价");
        }
        try {
            ratingRegister.saveAndFlush(new RatingRegisterEntry(project.getId(), deputyId));
        } catch (DataIntegrityViolationException raced) {
            throw new ConflictException("您已对该项目作出评价，不能重复评价");
        }
        ratings.save(new ProjectRating(project.getId(), rating));
    }

    @Transactional
    public LivelihoodProject publishEvaluation(Long projectId) {
        LivelihoodProject project = get(projectId);
        if (project.getStatus() == ProjectStatus.EVALUATING) {
            project.publishEvaluation(ratings.countByProjectAndRating(projectId, Satisfaction.SATISFIED),
                    ratings.countByProjectAndRating(projectId, Satisfaction.BASICALLY_SATISFIED),
                    ratings.countByProjectAndRating(projectId, Satisfaction.UNSATISFIED), now());
        }
        return project;
    }

    @Transactional
    public LivelihoodProject closeUnevaluated(Long projectId) {
        LivelihoodProject project = get(projectId);
        if (project.getStatus() == ProjectStatus.ACCEPTED) {
            project.closeUnevaluated();
        }
        return project;
    }

    @Transactional(readOnly = true)
    public List<ProgressReport> reports(Long projectId) {
        return reports.findByProjectIdOrderByReportNoAsc(projectId);
    }

    @Transactional(readOnly = true)
    public List<ProjectInspection> inspections(Long projectId) {
        return inspections.findByProjectIdOrderByInspectedAtAsc(projectId);
    }

    private static LocalDate date(String text, String field, String label, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "请填写" + label));
            return null;
        }
        try {
            return LocalDate.parse(text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
        } catch (RuntimeException e) {
            problems.add(new FieldProblem(field, label + "格式应为 yyyy-MM-dd"));
            return null;
        }
    }

    private static void requireText(String text, String field, String label, int max, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "请填写" + label));
        } else if (text.length() > max) {
            problems.add(new FieldProblem(field, label + "最长 " + max + " 字"));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
