package cn.deputylink.opinion.photo;

import cn.deputylink.opinion.Opinion;
import cn.deputylink.opinion.OpinionAccess;
import cn.deputylink.opinion.OpinionRepository;
import cn.deputylink.opinion.OpinionTimeline;
import cn.deputylink.shared.web.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos of an opinion: attached once at submission (in the submission's transaction),
 * shown only to staff who may see the case ({@link OpinionAccess#canSee}, the same rule as the
 * case itself; others get 404 as for the case), and deleted with {@link #deleteFor} when the
 * case's personal data is anonymised.
 */
@Service
public class OpinionPhotos {

    /** What a list shows of a photo: no bytes. */
    public record PhotoInfo(int position, int width, int height, int sizeBytes) {
    }

    private final OpinionPhotoRepository photos;
    private final OpinionRepository opinions;
    private final OpinionAccess access;

    public OpinionPhotos(OpinionPhotoRepository photos, OpinionRepository opinions, OpinionAccess access) {
        this.photos = photos;
        this.opinions = opinions;
        this.access = access;
    }

    /**
     * Stores the re-encoded photos of a new case; joins the caller's transaction, so a failure
     * leaves neither the case nor its photos. A replayed submission (same idempotency key) finds
     * its photos already there and adds nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int attach(String trackingCode, List<PhotoEncoder.Encoded> encoded) {
        Opinion o = opinions.findByTrackingCode(trackingCode)
                .orElseThrow(() -> new IllegalStateException("no opinion " + trackingCode));
        if (encoded.isEmpty() || photos.existsByOpinion(o)) {
            return 0;
        }
        Instant now = OpinionTimeline.now();
        for (int i = 0; i < encoded.size(); i++) {
            photos.save(new OpinionPhoto(o, i + 1, encoded.get(i), now));
        }
        photos.flush();
        return encoded.size();
    }

    /** The photos of a case the caller may see. */
    @Transactional(readOnly = true)
    public List<PhotoInfo> list(String trackingCode) {
        return photos.describe(visible(trackingCode));
    }

    /** One photo's JPEG bytes for a caller who may see the case. */
    @Transactional(readOnly = true)
    public byte[] jpeg(String trackingCode, int position) {
        Opinion o = visible(trackingCode);
        return photos.findByOpinionAndPosition(o, position).map(OpinionPhoto::getData)
                .orElseThrow(() -> new NotFoundException("照片不存在：" + trackingCode + " 第 " + position + " 张"));
    }

    /** Removes every photo of the case (the anonymisation job calls this); returns how many. */
    @Transactional
    public int deleteFor(Opinion opinion) {
        return photos.deleteByOpinion(opinion);
    }

    /** How many photos a case has, for staff views that already checked access. */
    @Transactional(readOnly = true)
    public int count(Opinion opinion) {
        return photos.describe(opinion).size();
    }

    private Opinion visible(String trackingCode) {
        Opinion o = opinions.findByTrackingCode(trackingCode)
                .orElseThrow(() -> new NotFoundException("群众意见不存在：" + trackingCode));
        if (!access.canSee(o)) {
            throw new NotFoundException("群众意见不存在：" + trackingCode);
        }
        return o;
    }
}
