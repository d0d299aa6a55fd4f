package cn.deputylink.h5;

import cn.deputylink.opinion.OpinionDtos.Created;
import cn.deputylink.opinion.OpinionDtos.PublicOpinionRequest;
import cn.deputylink.opinion.OpinionIntake;
import cn.deputylink.opinion.photo.OpinionPhotos;
import cn.deputylink.opinion.photo.PhotoEncoder;
import cn.deputylink.shared.notification.Notifications;
import cn.deputylink.shared.ratelimit.PublicLimits;
import cn.deputylink.shared.privacy.Masking;
import cn.deputylink.shared.privacy.PhoneNumbers;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A citizen's opinion from the phone pages: the public API's own intake ({@link OpinionIntake},
 * same checks, same limits) and the photos in one transaction, then the 受理通知 SMS with the
 * private link when a phone number was given. The photos are re-encoded before the transaction.
 */
@Service
public class H5Submission {

    private static final Logger log = LoggerFactory.getLogger(H5Submission.class);

    private final OpinionIntake intake;
    private final OpinionPhotos photos;
    private final PhotoEncoder encoder;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final PublicLimits limits;

    public H5Submission(OpinionIntake intake, OpinionPhotos photos, PhotoEncoder encoder,
                        Notifications notifications, PlatformTransactionManager transactionManager,
                        PublicLimits limits) {
        this.limits = limits;
        this.intake = intake;
        this.photos = photos;
        this.encoder = encoder;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public record Submitted(Created created, int photos, boolean smsSent) {
    }

    /** Every problem of the request the API would report, nothing created (for the form's field errors). */
    public void check(PublicOpinionRequest request) {
        intake.checkPublicRequest(request);
    }

    /**
     * @throws cn.deputylink.shared.web.InvalidInputException for the request or a photo (field {@code photos})
     */
    public Submitted submit(PublicOpinionRequest request, List<PhotoEncoder.Upload> uploads, String key) {
        List<PhotoEncoder.Encoded> encoded = encoder.encodeAll(uploads);
        if (request.deputyToken() != null) {
            // the public API's per-deputy write limit (PublicOpinionController) applies here as well
            limits.write(PublicLimits.DEPUTY_TOKEN, request.deputyToken());
        }
        int[] stored = new int[1];
        Created created = transaction.execute(status -> {
            Created c = intake.submitPublic(request, key);
            stored[0] = photos.attach(c.trackingCode(), encoded);
            return c;
        });
        boolean sms = false;
        if (request.phone() != null && !request.phone().isBlank()) {
            try {
                notifications.smsToCitizen(created.trackingCode(), () -> PhoneNumbers.normalize(request.phone()), "opinion-received",
                        Map.of("code", created.trackingCode(), "secretCode", created.accessCode(),
                                "secretLink", created.privateLink()),
                        "opinion-received-sms:" + created.trackingCode() + ":" + created.accessCode());
                sms = true;
            } catch (RuntimeException e) {
                // the case stands; the result page shows the code and link, and staff can resend them
                log.warn("受理通知 SMS for {} to {} failed: {}", created.trackingCode(), Masking.phone(request.phone()),
                        e.getClass().getSimpleName());
            }
        }
        return new Submitted(created, stored[0], sms);
    }
}
