package cn.deputylink.opinion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A citizen's rating of a reply (评价反馈), from the tracking page or taken by phone by staff. */
@Entity
@Table(name = "opinion_feedback")
public class OpinionFeedback {

    /** Where the rating came from. */
    public enum Channel { WEB, PHONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opinion_id", nullable = false)
    private Opinion opinion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Rating rating;

    @Column(name = "rating_comment", length = 500)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(name = "recorded_by", length = 64)
    private String recordedBy;

    @Column(name = "handling_round", nullable = false)
    private int handlingRound;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OpinionFeedback() {
    }

    public OpinionFeedback(Opinion opinion, Rating rating, Channel channel, String recordedBy, int handlingRound,
                           Instant createdAt) {
        this.opinion = opinion;
        this.rating = rating;
        this.channel = channel;
        this.recordedBy = recordedBy;
        this.handlingRound = handlingRound;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Opinion getOpinion() {
        return opinion;
    }

    public Rating getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public int getHandlingRound() {
        return handlingRound;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Anonymisation: the citizen's own words on the rating go; the rating itself stays for the statistics. */
    boolean anonymise() {
        boolean changed = comment != null;
        comment = null;
        return changed;
    }
}
