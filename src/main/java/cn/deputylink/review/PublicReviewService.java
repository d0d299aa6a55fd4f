package cn.deputylink.review;

import cn.deputylink.review.ReviewDtos.AppraisalCard;
import cn.deputylink.review.ReviewDtos.AppraisalReceipt;
import cn.deputylink.review.ReviewDtos.AppraisalRequest;
import cn.deputylink.review.ReviewDtos.NoticeEntry;
import cn.deputylink.review.ReviewDtos.ObjectionReceipt;
import cn.deputylink.review.ReviewDtos.ObjectionRequest;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.privacy.PhoneNumbers;
import cn.deputylink.shared.process.ProcessMessages;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.shared.web.PageResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizens' side of a review, without login: the per-deputy appraisal link (述职评议, one
 * rating per phone number, the number kept only as a salted hash) and the public notice with
 * its objections. The foundation's filter limits how often one address may write.
 */
@Service
public class PublicReviewService {

    private final PerformanceReviewRepository reviews;
    private final ConstituentAppraisalRepository appraisals;
    private final ReviewObjectionRepository objections;
    private final ProcessMessages messages;
    private final WorkingDayCalendar calendar;
    private final AppraisalFlagRepository flags;
    private final ReviewProperties properties;

    public PublicReviewService(PerformanceReviewRepository reviews, ConstituentAppraisalRepository appraisals,
                               ReviewObjectionRepository objections, ProcessMessages messages,
                               WorkingDayCalendar calendar, AppraisalFlagRepository flags,
                               ReviewProperties properties) {
        this.flags = flags;
        this.properties = properties;
        this.reviews = reviews;
        this.appraisals = appraisals;
        this.objections = objections;
        this.messages = messages;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public AppraisalCard card(String token) {
        return AppraisalCard.of(byToken(token), calendar.zone());
    }

    /**
     * One constituent's appraisal. Past the configured burst thresholds (per deputy, or per address
     * for this deputy, within the window) the appraisal is stored but held back from the count and
     * flagged to the office ({@link AppraisalFlag}); the citizen's receipt is the same either way.
     * {@code clientAddress}: from {@code ClientAddressResolver}; only its salted hash is kept.
     */
    @Transactional
    public AppraisalReceipt appraise(String token, AppraisalRequest request, String clientAddress) {
        if (!PhoneNumbers.isValid(request.phone())) {
            throw new InvalidInputException("phone", "手机号码格式不正确");
        }
        PerformanceReview review = byToken(token);
        if (!review.isAppraisalOpen() || review.getAppraisalUntil() == null || !now().isBefore(review.getAppraisalUntil())) {
            throw new ConflictException("该代表的网上评议未开放或已结束");
        }
        String hash = phoneHash(review.getAppraisalSalt(), PhoneNumbers.normalize(request.phone()));
        if (appraisals.existsByReviewAndPhoneHash(review, hash)) {
            throw new ConflictException("该手机号码已参与过对这位代表的评议，每个号码只能评议一次");
        }
        String remark = request.remark() == null || request.remark().isBlank() ? null : request.remark().strip();
        ConstituentAppraisal appraisal = new ConstituentAppraisal(review, hash, request.rating(), remark, now())
                .from(clientAddress == null ? null : phoneHash(review.getAppraisalSalt(), "ip:" + clientAddress));
        AppraisalFlag.Reason burst = burst(review, appraisal);
        if (burst != null) {
            AppraisalFlag flag = flags.findFirstByReviewAndStatusOrderByIdDesc(review, AppraisalFlag.Status.OPEN)
                    .orElseGet(() -> flags.save(new AppraisalFlag(review, burst, now())));
            appraisal.holdFor(flag);
        }
        appraisals.save(appraisal);
        return new AppraisalReceipt("评议已提交，感谢您的参与", review.getDeputy().getName(), request.rating(),
                request.rating().label());
    }

    private AppraisalFlag.Reason burst(PerformanceReview review, ConstituentAppraisal appraisal) {
        ReviewProperties.AppraisalBurst limits = properties.getAppraisalBurst();
        Instant since = now().minus(limits.getWindow());
        if (appraisals.countByReviewAndCreatedAtAfter(review, since) >= limits.getDeputyThreshold()) {
            return AppraisalFlag.Reason.DEPUTY_BURST;
        }
        if (appraisal.getClientHash() != null && appraisals.countByReviewAndClientHashAndCreatedAtAfter(review,
                appraisal.getClientHash(), since) >= limits.getAddressThreshold()) {
            return AppraisalFlag.Reason.ADDRESS_BURST;
        }
        return null;
    }

    /** SHA-256 over the review's own salt and the normalised number: equal numbers match, none can be read back. */
    static String phoneHash(String salt, String normalizedPhone) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) ':');
            return HexFormat.of().formatHex(digest.digest(normalizedPhone.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(readOnly = true)
    public PageResponse<NoticeEntry> notices(Integer year, int page, int size) {
        return PageResponse.of(reviews.findInNotice(year, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 200), Sort.by("id"))), r -> NoticeEntry.of(r, calendar.zone()));
    }

    /** An objection during the notice reaches the review's process as a message; after the notice it is refused. */
    @Transactional
    public ObjectionReceipt object(String businessKey, ObjectionRequest request) {
        PerformanceReview review = reviews.findByBusinessKey(businessKey)
                .orElseThrow(() -> new NotFoundException("未找到该评定公示：" + businessKey));
        if (review.getStatus() != ReviewStatus.NOTICE || review.getNoticeUntil() == null
                || !now().isBefore(review.getNoticeUntil())) {
            throw new ConflictException("该代表的评定结果不在公示期内，无法提出异议");
        }
        String phone = null;
        if (request.phone() != null && !request.phone().isBlank()) {
            if (!PhoneNumbers.isValid(request.phone())) {
                throw new InvalidInputException("phone", "联系电话格式不正确");
            }
            phone = PhoneNumbers.normalize(request.phone());
        }
        String name = request.name() == null || request.name().isBlank() ? null : request.name().strip();
        ReviewObjection objection = objections.save(new ReviewObjection(review, request.reason().strip(), name, phone,
                now()));
        messages.correlate(DeputyReviewProcess.MSG_OBJECTION, businessKey,
                DeputyReviewProcess.OBJECTION_ID.as(objection.getId()));
        return new ObjectionReceipt("异议已受理，代表工委将进行核查处理",
                review.getNoticeUntil().minusNanos(1).atZone(calendar.zone()).toLocalDate());
    }

    private PerformanceReview byToken(String token) {
        return reviews.findByAppraisalToken(token)
                .orElseThrow(() -> new NotFoundException("未找到该评议，请确认评议链接是否有效"));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
