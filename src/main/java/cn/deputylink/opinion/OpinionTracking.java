package cn.deputylink.opinion;

import cn.deputylink.opinion.OpinionDtos.AccessReissued;
import cn.deputylink.opinion.OpinionDtos.FeedbackAccepted;
import cn.deputylink.opinion.OpinionDtos.TrackingView;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.process.ProcessMessages;
import cn.deputylink.shared.ratelimit.PublicLimits;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The citizen's side of a case, behind its secret: reading the reply and rating it need the
 * 6-digit 查询码 or the private-link token handed out at intake ({@link OpinionSecrets}). Without a
 * secret the case shows its status and public timeline only. Wrong 查询码 are counted per
 * tracking code ({@link PublicLimits#checkSecretAttempts}); past the limit every 查询码 gets 429.
 *
 * <p>A rating reaches the process through {@code Msg_OpinionFeedback} ({@link ProcessMessages}),
 * whether the citizen gives it on the web or staff take it by phone. Of parallel ratings exactly
 * one wins; the others get 409 (the unique round index, optimistic locks and a message that is no
 * longer awaited all count as "already rated").
 *
 * <p>A merged case's citizen reads the reply of the case it was merged into with their own secret
 * and may rate it once per reply: the rating is recorded on their own (merged, closed) case and
 * noted on the target's timeline for staff; it does not move the target's process, which waits
 * for its own citizen's rating as before.
 */
@Service
public class OpinionTracking {

    private final OpinionRepository opinions;
    private final OpinionFeedbackRepository feedback;
    private final OpinionQueries queries;
    private final OpinionTimeline timeline;
    private final OpinionSecrets secrets;
    private final ProcessMessages messages;
    private final IdentitySync identity;
    private final PublicLimits limits;
    private final TransactionTemplate transaction;

    public OpinionTracking(OpinionRepository opinions, OpinionFeedbackRepository feedback, OpinionQueries queries,
                           OpinionTimeline timeline, OpinionSecrets secrets, ProcessMessages messages,
                           IdentitySync identity, PublicLimits limits, PlatformTransactionManager transactionManager) {
        this.opinions = opinions;
        this.feedback = feedback;
        this.queries = queries;
        this.timeline = timeline;
        this.secrets = secrets;
        this.messages = messages;
        this.identity = identity;
        this.limits = limits;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * The tracking page. {@code secret}: null or blank for the status and timeline only; a 查询码
     * (6 digits) or a private-link token for the reply as well.
     *
     * @throws NotFoundException unknown code (404)
     * @throws ForbiddenException wrong secret (403)
     * @throws cn.deputylink.shared.web.TooManyRequestsException too many wrong 查询码 for this code (429)
     */
    public TrackingView open(String trackingCode, String secret) {
        return transaction.execute(status -> {
            Opinion own = find(trackingCode);
            boolean verified = secret != null && !secret.isBlank() && verify(own, secret);
            return queries.view(own, verified, verified && canRate(own));
        });
    }

    /**
     * The citizen's rating from the web, proven by the secret.
     *
     * @throws InvalidInputException no secret (400, field {@code accessCode})
     * @throws ForbiddenException wrong secret (403)
     * @throws ConflictException not waiting for a rating, or already rated (409)
     */
    public FeedbackAccepted rate(String trackingCode, String secret, Rating rating, String comment) {
        if (secret == null || secret.isBlank()) {
            throw new InvalidInputException("accessCode", "请提供查询码（X-Access-Code 请求头）或使用专属链接（k 参数）");
        }
        limits.write(PublicLimits.OPINION_CODE, trackingCode);
        Opinion own = transaction.execute(status -> find(trackingCode));
        verify(own, secret);
        return record(trackingCode, rating, comment, OpinionFeedback.Channel.WEB, "citizen");
    }

    /**
     * A rating staff took by phone ({@code PHONE}, recorded with {@code staffUserId}). The caller
     * has checked that this staff member may act on the case.
     */
    public FeedbackAccepted recordPhoneRating(String trackingCode, Rating rating, String comment, String staffUserId) {
        return record(trackingCode, rating, comment, OpinionFeedback.Channel.PHONE, staffUserId);
    }

    /** New secrets for a citizen who lost them (staff, after checking who calls); the old ones stop working. */
    public AccessReissued reissue(String trackingCode, String staffUserId) {
        return transaction.execute(status -> {
            Opinion o = find(trackingCode);
            OpinionSecrets.Issued issued = secrets.issue(o);
            timeline.add(o, OpinionEventType.ACCESS_REISSUED, staffUserId, null, "已为群众重新生成查询码和专属链接");
            return new AccessReissued(o.getTrackingCode(), issued.accessCode(), issued.privateLink());
        });
    }

    // ---- internals

    private Opinion find(String trackingCode) {
        return opinions.findByTrackingCode(trackingCode == null ? "" : trackingCode.strip())
                .orElseThrow(() -> new NotFoundException("查询编号不存在：" + trackingCode));
    }

    /**
     * True, or 403 for a wrong secret. Wrong 查询码 are counted per tracking code and past the limit
     * every 查询码 gets 429; the private link (128 bits, nothing to guess) keeps working, so someone
     * who knows a code cannot lock its citizen out.
     */
    private boolean verify(Opinion own, String secret) {
        boolean accessCode = OpinionSecrets.isAccessCode(secret.strip());
        if (accessCode) {
            limits.checkSecretAttempts(own.getTrackingCode());
        }
        if (secrets.matches(own, secret)) {
            return true;
        }
        if (accessCode) {
            limits.secretFailed(own.getTrackingCode());
        }
        throw new ForbiddenException("查询码或专属链接不正确");
    }

    private boolean canRate(Opinion own) {
        Opinion target = OpinionQueries.surviving(own);
        return waitingForRating(target)
                && !feedback.existsByOpinionAndHandlingRound(own, target.handlingRound());
    }

    private boolean waitingForRating(Opinion target) {
        return identity.asSystem(() -> messages.isWaitingFor(OpinionProcess.MSG_FEEDBACK, target.getTrackingCode()));
    }

    private FeedbackAccepted record(String trackingCode, Rating rating, String comment,
                                    OpinionFeedback.Channel channel, String by) {
        if (rating == null) {
            throw new InvalidInputException("rating", "请选择评价：SATISFIED（满意）、BASICALLY_SATISFIED（基本满意）或 UNSATISFIED（不满意）");
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        try {
            return transaction.execute(status -> {
                Opinion own = find(trackingCode);
                Opinion target = OpinionQueries.surviving(own);
                if (!waitingForRating(target)) {
                    throw new ConflictException("该意见当前不在待评价环节（" + target.getStatus().label() + "）");
                }
                if (feedback.existsByOpinionAndHandlingRound(own, target.handlingRound())) {
                    throw alreadyRated();
                }
                if (own != target) {
                    recordForMergedCase(own, target, rating, note, channel, by);
                } else {
                    correlate(own, rating, channel, by);
                    if (note != null) {
                        feedback.findFirstByOpinionOrderByIdDesc(own).ifPresent(f -> f.setComment(note));
                    }
                }
                return new FeedbackAccepted(own.getTrackingCode(), rating.name(), rating.label());
            });
        } catch (RuntimeException e) {
            if (isRaceLoss(e)) {
                throw alreadyRated();
            }
            throw e;
        }
    }

    private void correlate(Opinion o, Rating rating, OpinionFeedback.Channel channel, String by) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(OpinionProcess.RATING.name(), rating.name());
        vars.put(OpinionProcess.FEEDBACK_CHANNEL.name(), channel.name());
        vars.put(OpinionProcess.FEEDBACK_BY.name(), by);
        identity.asSystem(() -> {
            messages.correlate(OpinionProcess.MSG_FEEDBACK, o.getTrackingCode(), vars);
            return null;
        });
    }

    private void recordForMergedCase(Opinion own, Opinion target, Rating rating, String note,
                                     OpinionFeedback.Channel channel, String by) {
        OpinionFeedback f = new OpinionFeedback(own, rating, channel, by, target.handlingRound(), OpinionTimeline.now());
        f.setComment(note);
        feedback.saveAndFlush(f);
        own.setLastRating(rating);
        String how = channel == OpinionFeedback.Channel.PHONE ? "（电话回访）" : "";
        timeline.add(own, OpinionEventType.FEEDBACK, by,
                "群众评价：" + rating.label() + how + "（对并案办理的 " + target.getTrackingCode() + " 的答复）", null);
        timeline.add(target, OpinionEventType.FEEDBACK, by, null,
                "并入本件的 " + own.getTrackingCode() + " 群众评价：" + rating.label() + how);
    }

    private static ConflictException alreadyRated() {
        return new ConflictException("本次答复已评价，不能重复评价");
    }

    /**
     * A parallel rating got there first: an optimistic lock, the unique round index, a deadlock
     * or a message subscription that vanished meanwhile.
     */
    static boolean isRaceLoss(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException
                    || t instanceof DataIntegrityViolationException
                    || t instanceof MismatchingMessageCorrelationException
                    || t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
            if (ProcessMessages.lostTheWait(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }
}
