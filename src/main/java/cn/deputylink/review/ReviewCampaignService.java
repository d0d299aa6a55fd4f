package cn.deputylink.review;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.review.ReviewScope.DeputyRef;
import cn.deputylink.shared.calendar.Deadlines;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.notification.Notifications;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual campaigns: started by the liaison office, they create one deputy review per deputy in
 * scope, a batch per job. A batch reads the next deputies after the cursor, skips those already
 * under review this year, and starts their {@code deputy-review} instances, which stop at their
 * first async step: a batch is a few hundred inserts, never a city's worth.
 */
@Service
public class ReviewCampaignService {

    private static final Logger log = LoggerFactory.getLogger(ReviewCampaignService.class);

    private final ReviewCampaignRepository campaigns;
    private final PerformanceReviewRepository reviews;
    private final ReviewScope scope;
    private final DeputyRepository deputies;
    private final RuntimeService runtimeService;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final ReviewProperties properties;
    private final Notifications notifications;

    public ReviewCampaignService(ReviewCampaignRepository campaigns, PerformanceReviewRepository reviews,
                                 ReviewScope scope, DeputyRepository deputies, RuntimeService runtimeService,
                                 Deadlines deadlines, WorkingDayCalendar calendar, ReviewProperties properties,
                                 Notifications notifications) {
        this.campaigns = campaigns;
        this.reviews = reviews;
        this.scope = scope;
        this.deputies = deputies;
        this.runtimeService = runtimeService;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.properties = properties;
        this.notifications = notifications;
    }

    /** Starts the campaign of a year and level (null: every deputy); the creation runs in the background. */
    @Transactional
    public ReviewCampaign start(int year, CongressLevel level, Integer batchSize, String startedBy) {
        ReviewCampaign campaign = register(year, level, batchSize, startedBy, "year");
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(PerformanceReviewProcess.PROCESS_ID)
                .businessKey(campaign.getBusinessKey())
                .setVariables(Variables.createVariables()
                        .putValue(PerformanceReviewProcess.CAMPAIGN_ID.name(), campaign.getId())
                        .putValue(PerformanceReviewProcess.REVIEW_YEAR.name(), year)
                        .putValue(PerformanceReviewProcess.SCOPE.name(), campaign.getScopeKey())
                        .putValue(PerformanceReviewProcess.SCOPE_LABEL.name(), campaign.scopeLabel())
                        .putValue(PerformanceReviewProcess.TOTAL_COUNT.name(), 0)
                        .putValue(PerformanceReviewProcess.CREATED_COUNT.name(), 0)
                        .putValue(PerformanceReviewProcess.SKIPPED_COUNT.name(), 0))
                .execute();
        campaign.setProcessInstanceId(instance.getId());
        log.info("review campaign {} started by {}", campaign.getBusinessKey(), startedBy);
        return campaign;
    }

    /**
     * The campaign's case file, one per year and scope. Also called when the office starts the
     * process from Tasklist's start form, where the field is {@code reviewYear}.
     */
    @Transactional
    public ReviewCampaign register(int year, CongressLevel level, Integer batchSize, String startedBy,
                                   String yearField) {
        int thisYear = calendar.today(now()).getYear();
        if (year < 2000 || year > thisYear) {
            throw new InvalidInputException(yearField, "评议年度应在 2000 年至今年（" + thisYear + "）之间");
        }
        int size = batchSize == null ? properties.getCampaign().getBatchSize() : batchSize;
        if (size < 1 || size > 1000) {
            throw new InvalidInputException("batchSize", "每批创建数量应在 1 至 1000 之间");
        }
        String scopeKey = level == null ? ReviewCampaign.ALL : level.name();
        if (campaigns.existsByReviewYearAndScopeKey(year, scopeKey)) {
            throw new ConflictException(year + "年度" + (level == null ? "全体代表" : level.label())
                    + "履职评价已经发起：" + ReviewCampaign.businessKey(year, scopeKey));
        }
        return campaigns.save(new ReviewCampaign(year, level, size, startedBy, now()));
    }

    /** Counts the deputies in scope and fixes the campaign's duty report deadline. */
    @Transactional
    public ReviewCampaign prepare(long campaignId) {
        ReviewCampaign campaign = get(campaignId);
        CongressLevel level = campaign.level();
        long total = level == null ? scope.countAll() : scope.countAtLevel(level);
        Date due = campaign.getDutyReportDue() != null ? Date.from(campaign.getDutyReportDue())
                : deadlines.due("review-duty-report");
        campaign.prepared(Math.toIntExact(total), due.toInstant());
        return campaign;
    }

    /**
     * Creates the next batch of deputy reviews. Safe to run again after a rollback: the cursor
     * and the reviews commit together, and deputies already under review this year are skipped.
     */
    @Transactional
    public BatchResult createNextBatch(long campaignId) {
        ReviewCampaign campaign = get(campaignId);
        if (campaign.getStatus() != CampaignStatus.CREATING) {
            return new BatchResult(0, 0, false, campaign);
        }
        CongressLevel level = campaign.level();
        PageRequest limit = PageRequest.of(0, campaign.getBatchSize());
        List<Long> ids = level == null ? scope.nextIds(campaign.getCursorDeputyId(), limit)
                : scope.nextIdsAtLevel(level, campaign.getCursorDeputyId(), limit);
        if (ids.isEmpty()) {
            finishCreation(campaign);
            return new BatchResult(0, 0, false, campaign);
        }
        Set<Long> reviewed = new HashSet<>(reviews.findReviewedDeputyIds(campaign.getReviewYear(), ids));
        Map<Long, DeputyRef> refs = new HashMap<>();
        scope.refs(ids).forEach(r -> refs.put(r.getId(), r));
        Date due = Date.from(campaign.getDutyReportDue());
        int created = 0;
        for (Long id : ids) {
            if (reviewed.contains(id)) {
                continue;
            }
            DeputyRef deputy = refs.get(id);
            PerformanceReview review = reviews.save(new PerformanceReview(campaign, deputies.getReferenceById(id),
                    deputy.getCode(), campaign.getReviewYear(), campaign.getDutyReportDue(), now()));
            runtimeService.createProcessInstanceByKey(DeputyReviewProcess.PROCESS_ID)
                    .businessKey(review.getBusinessKey())
                    .setVariables(Variables.createVariables()
                            .putValue(DeputyReviewProcess.REVIEW_ID.name(), review.getId())
                            .putValue(DeputyReviewProcess.CAMPAIGN_ID.name(), campaign.getId())
                            .putValue(DeputyReviewProcess.DEPUTY_CODE.name(), deputy.getCode())
                            .putValue(DeputyReviewProcess.DEPUTY_USER_ID.name(), deputy.getUserId())
                            .putValue(DeputyReviewProcess.REVIEW_YEAR.name(), campaign.getReviewYear())
                            .putValue(DeputyReviewProcess.DUTY_REPORT_DUE.name(), due))
                    .execute();
            created++;
        }
        int skipped = ids.size() - created;
        campaign.batchDone(ids.get(ids.size() - 1), created, skipped);
        boolean more = ids.size() == campaign.getBatchSize();
        if (!more) {
            finishCreation(campaign);
        }
        return new BatchResult(created, skipped, more, campaign);
    }

    private void finishCreation(ReviewCampaign campaign) {
        if (campaign.getStatus() != CampaignStatus.CREATING) {
            return;
        }
        campaign.creationFinished(now());
        notifications.toGroup(Roles.LIAISON_OFFICE, campaign.getBusinessKey(),
                campaign.getReviewYear() + "年度" + campaign.scopeLabel() + "履职评价已全部发起",
                "共创建代表评议 " + campaign.getCreatedCount() + " 份"
                        + (campaign.getSkippedCount() > 0 ? "，另有 " + campaign.getSkippedCount()
                        + " 名代表本年度已在其他评议活动中" : "") + "。",
                "review-campaign-created:" + campaign.getBusinessKey());
        log.info("review campaign {}: {} reviews created, {} skipped", campaign.getBusinessKey(),
                campaign.getCreatedCount(), campaign.getSkippedCount());
    }

    /** The office may close a campaign only when every review of it is archived. */
    @Transactional(readOnly = true)
    public String whyNotClosable(long campaignId) {
        ReviewCampaign campaign = get(campaignId);
        if (campaign.getStatus() == CampaignStatus.CREATING) {
            return "代表评议尚在创建中（已创建 " + campaign.getCreatedCount() + " / " + campaign.getTotalCount() + "），暂不能结束";
        }
        long open = reviews.countOpen(campaignId);
        if (open > 0) {
            return "尚有 " + open + " 份代表评议未归档，暂不能结束本年度评议";
        }
        return null;
    }

    @Transactional
    public ReviewCampaign close(long campaignId) {
        ReviewCampaign campaign = get(campaignId);
        if (campaign.getStatus() != CampaignStatus.CLOSED) {
            campaign.close(now());
            Map<Object, Long> ratings = new HashMap<>();
            reviews.countArchivedByRating(campaignId).forEach(c -> ratings.put(c.getKey(), c.getEntries()));
            StringBuilder body = new StringBuilder("评定结果：");
            for (PerformanceRating rating : PerformanceRating.values()) {
                body.append(rating.label()).append(' ').append(ratings.getOrDefault(rating, 0L)).append(" 人；");
            }
            notifications.toGroup(Roles.LIAISON_OFFICE, campaign.getBusinessKey(),
                    campaign.getReviewYear() + "年度" + campaign.scopeLabel() + "履职评价已结束", body.toString(),
                    "review-campaign-closed:" + campaign.getBusinessKey());
        }
        return campaign;
    }

    @Transactional(readOnly = true)
    public List<ReviewCampaign> all() {
        return campaigns.findAll(org.springframework.data.domain.Sort.by(
                org.springframework.data.domain.Sort.Direction.DESC, "reviewYear", "id"));
    }

    @Transactional(readOnly = true)
    public ReviewCampaign get(long campaignId) {
        return campaigns.findById(campaignId).orElseThrow(() -> NotFoundException.of("评议活动", campaignId));
    }

    @Transactional(readOnly = true)
    public ReviewCampaign get(String businessKey) {
        return campaigns.findByBusinessKey(businessKey).orElseThrow(() -> NotFoundException.of("评议活动", businessKey));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public record BatchResult(int created, int skipped, boolean more, ReviewCampaign campaign) {
    }
}
