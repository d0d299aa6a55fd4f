package cn.deputylink.review;

import static cn.deputylink.review.DeputyReviewProcess.COMMITTEE_ADJUSTMENT;
import static cn.deputylink.review.DeputyReviewProcess.COMMITTEE_REASON;
import static cn.deputylink.review.DeputyReviewProcess.MEETING_ATTENDEES;
import static cn.deputylink.review.DeputyReviewProcess.MEETING_BASICALLY_SATISFIED;
import static cn.deputylink.review.DeputyReviewProcess.MEETING_DATE;
import static cn.deputylink.review.DeputyReviewProcess.MEETING_HELD;
import static cn.deputylink.review.DeputyReviewProcess.MEETING_SATISFIED;
import static cn.deputylink.review.DeputyReviewProcess.MEETING_UNSATISFIED;
import static cn.deputylink.review.DeputyReviewProcess.OBJECTION_OUTCOME;
import static cn.deputylink.review.DeputyReviewProcess.OBJECTION_RESOLUTION;

import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyService;
import cn.deputylink.ledger.DeputyAccess;
import cn.deputylink.review.DeputyReviewService.MeetingTally;
import cn.deputylink.review.ReviewDtos.BulkApproval;
import cn.deputylink.review.ReviewDtos.CampaignView;
import cn.deputylink.review.ReviewDtos.CommitteeRequest;
import cn.deputylink.review.ReviewDtos.MeetingTallyRequest;
import cn.deputylink.review.ReviewDtos.ObjectionResolutionRequest;
import cn.deputylink.review.ReviewDtos.ObjectionView;
import cn.deputylink.review.ReviewDtos.ReviewDetail;
import cn.deputylink.review.ReviewDtos.ReviewSummary;
import cn.deputylink.review.ReviewDtos.StartCampaign;
import cn.deputylink.shared.export.XlsxExport;
import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.process.TaskCompletion;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.shared.web.PageResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What people do with reviews through the API: the office runs campaigns and the committee, a
 * deputy submits the duty report, station staff enter the meeting tally. Each action checks who
 * may take it, writes the case file and completes the process task in one transaction; the
 * listeners on the tasks apply the same rules to Tasklist's forms.
 */
@Service
public class ReviewApiService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReviewApiService.class);

    private static final List<String> EXPORT_HEADERS = List.of("业务编号", "代表编码", "代表姓名", "评议状态",
            "履职档案积分", "人代会无故缺席", "述职报告", "述职得分", "网上评议（满意/基本满意/不满意）", "评议会（到会/满意/基本满意/不满意）",
            "选民评议得分", "委员会调整", "调整理由", "总分", "等次", "星级", "归档时间");

    private final ReviewCampaignService campaigns;
    private final DeputyReviewService reviews;
    private final PerformanceReviewRepository reviewRepository;
    private final ReviewObjectionRepository objections;
    private final DeputyService deputies;
    private final DeputyAccess access;
    private final CurrentUser currentUser;
    private final TaskService taskService;
    private final TaskCompletion door;
    private final TransactionTemplate eachInOwnTransaction;

    public ReviewApiService(ReviewCampaignService campaigns, DeputyReviewService reviews,
                            PerformanceReviewRepository reviewRepository, ReviewObjectionRepository objections,
                            DeputyService deputies, DeputyAccess access, CurrentUser currentUser,
                            TaskService taskService, TaskCompletion door,
                            PlatformTransactionManager transactionManager) {
        this.door = door;
        this.campaigns = campaigns;
        this.reviews = reviews;
        this.reviewRepository = reviewRepository;
        this.objections = objections;
        this.deputies = deputies;
        this.access = access;
        this.currentUser = currentUser;
        this.taskService = taskService;
        this.eachInOwnTransaction = new TransactionTemplate(transactionManager);
        this.eachInOwnTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ---- campaigns

    @Transactional
    public CampaignView startCampaign(StartCampaign request) {
        ReviewCampaign campaign = campaigns.start(request.year(), request.level(), request.batchSize(),
                currentUser.require());
        return view(campaign);
    }

    @Transactional(readOnly = true)
    public List<CampaignView> campaigns() {
        requireOversight();
        return campaigns.all().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public CampaignView campaign(String key) {
        requireOversight();
        return view(campaigns.get(key));
    }

    private CampaignView view(ReviewCampaign c) {
        Map<ReviewStatus, Long> byStatus = new EnumMap<>(ReviewStatus.class);
        if (c.getId() != null) {
            reviewRepository.countByStatus(c.getId()).forEach(k -> byStatus.put((ReviewStatus) k.getKey(), k.getEntries()));
        }
        Map<String, Long> byRating = new LinkedHashMap<>();
        Map<Object, Long> counted = new LinkedHashMap<>();
        if (c.getId() != null) {
            reviewRepository.countArchivedByRating(c.getId()).forEach(k -> counted.put(k.getKey(), k.getEntries()));
        }
        for (PerformanceRating rating : PerformanceRating.values()) {
            byRating.put(rating.label(), counted.getOrDefault(rating, 0L));
        }
        return CampaignView.of(c, byStatus, byRating);
    }

    /** Completes the office's campaign task; refused while reviews are still being created or open. */
    @Transactional
    public CampaignView closeCampaign(String key) {
        if (!access.administers()) {
            throw new ForbiddenException("只有代表工委可以结束评议活动");
        }
        ReviewCampaign campaign = campaigns.get(key);
        if (campaign.getStatus() == CampaignStatus.CLOSED) {
            throw new ConflictException("本年度评议已经结束：" + key);
        }
        String reason = campaigns.whyNotClosable(campaign.getId());
        if (reason != null) {
            throw new ConflictException(reason);
        }
        Task task = task(key, PerformanceReviewProcess.TASK_CLOSE_CAMPAIGN, "结束本年度评议");
        door.complete(task.getId(), PerformanceReviewProcess.CLOSE_CONFIRMED.as(true));
        return view(campaign);
    }

    @Transactional(readOnly = true)
    public PageResponse<ReviewSummary> reviewsOf(String campaignKey, ReviewStatus status, int page, int size) {
        requireOversight();
        ReviewCampaign campaign = campaigns.get(campaignKey);
        return PageResponse.of(reviewRepository.findByCampaign(campaign.getId(), status,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by("id"))),
                ReviewSummary::of);
    }

    /** The campaign's results, one row per deputy, for the committee's meeting papers and the notice. */
    @Transactional(readOnly = true)
    public Export exportCampaign(String campaignKey) {
        requireOversight();
        ReviewCampaign campaign = campaigns.get(campaignKey);
        List<List<?>> rows = new ArrayList<>();
        for (PerformanceReview r : reviewRepository.findAllByCampaign(campaign.getId())) {
            rows.add(Arrays.asList(r.getBusinessKey(), r.getDeputy().getCode(), r.getDeputy().getName(),
                    r.getStatus().label(), r.getLedgerPoints(), r.getUnexcusedAbsences(),
                    r.getDutyReportPoints() == null ? "待提交" : r.isDutyReportMissing() ? "未按期提交" : "已提交",
                    r.getDutyReportPoints(),
                    r.getAppraisalPoints() == null ? null : r.getOnlineSatisfied() + "/" + r.getOnlineBasicallySatisfied()
                            + "/" + r.getOnlineUnsatisfied(),
                    Boolean.TRUE.equals(r.getMeetingHeld()) ? r.getMeetingAttendees() + "/"
                            + r.meetingCount(AppraisalRating.SATISFIED) + "/"
                            + r.meetingCount(AppraisalRating.BASICALLY_SATISFIED) + "/"
                            + r.meetingCount(AppraisalRating.UNSATISFIED) : null,
                    r.getAppraisalPoints(), r.getCommitteeAdjustment(), r.getCommitteeReason(), r.getTotalScore(),
                    r.getRating() == null ? null : r.getRating().label(), r.getStars(), r.getArchivedAt()));
        }
        byte[] bytes = XlsxExport.table(campaign.getReviewYear() + "年度履职评价", EXPORT_HEADERS, rows);
        return new Export(campaign.getReviewYear() + "年度" + campaign.scopeLabel() + "履职评价结果.xlsx", bytes);
    }

    /**
     * The committee approves, without adjustment, the reviews waiting for it (city scale: the
     * committee adjusts a few individually and approves the rest in one go). Each review in its
     * own transaction, so one failure does not undo the others.
     */
    public BulkApproval approveWithoutAdjustment(String campaignKey, int limit) {
        if (!access.administers()) {
            throw new ForbiddenException("只有代表工委可以批量审核");
        }
        ReviewCampaign campaign = campaigns.get(campaignKey);
        List<Task> waiting = committeeTasks(campaign.getId()).listPage(0, Math.min(Math.max(limit, 1), 1000));
        int approved = 0;
        int failed = 0;
        for (Task task : waiting) {
            try {
                eachInOwnTransaction.executeWithoutResult(status -> door.complete(task.getId(),
                        Variables.createVariables().putValue(COMMITTEE_ADJUSTMENT.name(), 0.0)
                                .putValue(COMMITTEE_REASON.name(), null)));
                approved++;
            } catch (RuntimeException e) {
                failed++;
                log.warn("bulk committee approval of task {} failed: {}", task.getId(), e.getMessage());
            }
        }
        return new BulkApproval(approved, failed, committeeTasks(campaign.getId()).count());
    }

    private org.camunda.bpm.engine.task.TaskQuery committeeTasks(long campaignId) {
        return taskService.createTaskQuery().processDefinitionKey(DeputyReviewProcess.PROCESS_ID)
                .taskDefinitionKey(DeputyReviewProcess.TASK_COMMITTEE_REVIEW)
                .processVariableValueEquals(DeputyReviewProcess.CAMPAIGN_ID.name(), campaignId)
                .orderByTaskCreateTime().asc();
    }

    // ---- one review

    @Transactional(readOnly = true)
    public ReviewDetail review(String key) {
        PerformanceReview review = reviews.get(key);
        Deputy deputy = review.getDeputy();
        access.requireView(deputy);
        return ReviewDetail.of(review, true);
    }

    @Transactional(readOnly = true)
    public List<ReviewSummary> reviewsOfDeputy(String deputyCode) {
        Deputy deputy = deputies.get(deputyCode);
        access.requireView(deputy);
        return reviewRepository.findByDeputy(deputy.getId()).stream().map(ReviewSummary::of).toList();
    }

    @Transactional
    public ReviewDetail submitDutyReport(String key, String text) {
        PerformanceReview review = reviews.get(key);
        if (!(access.isSelf(review.getDeputy()) || access.administers())) {
            throw new ForbiddenException("述职报告由代表本人提交（无登录账号的代表由代表工委代为录入）");
        }
        Task task = task(key, DeputyReviewProcess.TASK_SUBMIT_DUTY_REPORT, "提交述职报告");
        reviews.writeDutyReport(review, text, currentUser.require());
        door.complete(task.getId(), Map.of());
        return ReviewDetail.of(review, true);
    }

    @Transactional
    public ReviewDetail recordMeetingTally(String key, MeetingTallyRequest request) {
        PerformanceReview review = reviews.get(key);
        if (!(access.staffsStation(review.getAppraisalStationCode()) || access.administers())) {
            throw new ForbiddenException("选民评议会结果由代表联系站点的工作人员录入");
        }
        Task task = task(key, DeputyReviewProcess.TASK_RECORD_MEETING_TALLY, "录入选民评议会结果");
        MeetingTally tally = new MeetingTally(request.held(), request.date(), request.attendees(), request.satisfied(),
                request.basicallySatisfied(), request.unsatisfied());
        List<FieldProblem> problems = reviews.checkMeeting(tally).stream()
                .map(p -> new FieldProblem(apiField(p.field()), p.message())).toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        VariableMap vars = Variables.createVariables().putValue(MEETING_HELD.name(), request.held());
        if (request.held()) {
            vars.putValue(MEETING_DATE.name(), request.date().toString())
                    .putValue(MEETING_ATTENDEES.name(), request.attendees())
                    .putValue(MEETING_SATISFIED.name(), request.satisfied())
                    .putValue(MEETING_BASICALLY_SATISFIED.name(), request.basicallySatisfied())
                    .putValue(MEETING_UNSATISFIED.name(), request.unsatisfied());
        }
        door.complete(task.getId(), vars);
        return ReviewDetail.of(review, true);
    }

    private static String apiField(String formField) {
        return switch (formField) {
            case "meetingDate" -> "date";
            case "meetingAttendees" -> "attendees";
            case "meetingSatisfied" -> "satisfied";
            case "meetingBasicallySatisfied" -> "basicallySatisfied";
            case "meetingUnsatisfied" -> "unsatisfied";
            default -> formField;
        };
    }

    @Transactional
    public ReviewDetail committeeReview(String key, CommitteeRequest request) {
        PerformanceReview review = reviews.get(key);
        if (!access.administers()) {
            throw new ForbiddenException("只有代表工委（评议委员会）可以审核");
        }
        Task task = task(key, DeputyReviewProcess.TASK_COMMITTEE_REVIEW, "评议委员会审核");
        String problem = reviews.scoring().checkAdjustment(request.adjustment(), request.reason());
        if (problem != null) {
            throw new InvalidInputException(problem.contains("理由") ? "reason" : "adjustment", problem);
        }
        VariableMap vars = Variables.createVariables()
                .putValue(COMMITTEE_ADJUSTMENT.name(), request.adjustment().doubleValue());
        if (request.reason() != null && !request.reason().isBlank()) {
            // transient: the reason reaches the listener (and the case file) without passing the engine's tables
            vars.putValueTyped(COMMITTEE_REASON.name(), Variables.stringValue(request.reason().strip(), true));
        }
        door.complete(task.getId(), vars);
        return ReviewDetail.of(review, true);
    }

    @Transactional(readOnly = true)
    public List<ObjectionView> objections(String key) {
        requireOversight();
        return objections.findByReviewOrderById(reviews.get(key)).stream().map(ObjectionView::of).toList();
    }

    @Transactional
    public ObjectionView resolveObjection(String key, long objectionId, ObjectionResolutionRequest request) {
        if (!access.administers()) {
            throw new ForbiddenException("公示异议由代表工委核查处理");
        }
        if (request.outcome() == ObjectionStatus.OPEN) {
            throw new InvalidInputException("outcome", "请选择 UPHELD（异议成立）或 REJECTED（异议不成立）");
        }
        ReviewObjection objection = objections.findById(objectionId)
                .filter(o -> o.getReview().getBusinessKey().equals(key))
                .orElseThrow(() -> NotFoundException.of("公示异议", objectionId));
        if (objection.getStatus() != ObjectionStatus.OPEN) {
            throw new ConflictException("该异议已处理：" + objection.getStatus().label());
        }
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey(DeputyReviewProcess.TASK_RESOLVE_OBJECTION).list().stream()
                .filter(t -> Long.valueOf(objectionId).equals(DeputyReviewProcess.OBJECTION_ID
                        .find(taskService.getVariables(t.getId())).orElse(null)))
                .findFirst().orElseThrow(() -> new ConflictException("未找到该异议的核查任务"));
        door.complete(task.getId(), Variables.createVariables()
                .putValue(OBJECTION_OUTCOME.name(), request.outcome() == ObjectionStatus.UPHELD
                        ? DeputyReviewProcess.OUTCOME_UPHELD : DeputyReviewProcess.OUTCOME_REJECTED)
                .putValueTyped(OBJECTION_RESOLUTION.name(), Variables.stringValue(request.resolution().strip(), true)));
        return ObjectionView.of(objection);
    }

    private Task task(String businessKey, String taskKey, String stepName) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .list().stream().findFirst()
                .orElseThrow(() -> new ConflictException("该评议当前不在“" + stepName + "”环节：" + businessKey));
    }

    private void requireOversight() {
        if (!access.oversees()) {
            throw new ForbiddenException("只有代表工委和常委会领导可以查看评议活动");
        }
    }

    public record Export(String fileName, byte[] bytes) {
    }
}
