package cn.deputylink.review;

import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The liaison office's view of abnormal appraisal bursts and its decision on each. */
@Service
public class AppraisalFlags {

    public record FlagView(long id, String reviewKey, String deputyCode, String deputyName, String reason,
                           String reasonLabel, String status, int heldCount, Instant raisedAt, String decidedBy,
                           Instant decidedAt) {

        static FlagView of(AppraisalFlag f) {
            return new FlagView(f.getId(), f.getReview().getBusinessKey(), f.getReview().getDeputy().getCode(),
                    f.getReview().getDeputy().getName(), f.getReason().name(), f.getReason().label(),
                    f.getStatus().name(), f.getHeldCount(), f.getRaisedAt(), f.getDecidedBy(), f.getDecidedAt());
        }
    }

    private final AppraisalFlagRepository flags;
    private final ConstituentAppraisalRepository appraisals;

    public AppraisalFlags(AppraisalFlagRepository flags, ConstituentAppraisalRepository appraisals) {
        this.flags = flags;
        this.appraisals = appraisals;
    }

    @Transactional(readOnly = true)
    public List<FlagView> list(AppraisalFlag.Status status) {
        return flags.list(status).stream().map(FlagView::of).toList();
    }

    /** Accepted: the held appraisals count from now on. Rejected: they stay out of the count. */
    @Transactional
    public FlagView decide(long id, boolean accept, String by) {
        AppraisalFlag flag = flags.findById(id).orElseThrow(() -> new NotFoundException("未找到该评议异常记录：" + id));
        if (flag.getStatus() != AppraisalFlag.Status.OPEN) {
            throw new ConflictException("该评议异常已处理（" + (flag.getStatus() == AppraisalFlag.Status.ACCEPTED
                    ? "已接受" : "已驳回") + "）");
        }
        if (accept) {
            appraisals.release(flag);
        }
        flag.decide(accept, by, ClockUtil.getCurrentTime().toInstant());
        flags.saveAndFlush(flag);
        return FlagView.of(flag);
    }
}
