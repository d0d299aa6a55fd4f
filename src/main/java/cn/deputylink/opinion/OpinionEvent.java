package cn.deputylink.opinion;

import cn.deputylink.shared.privacy.Masking;
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
import java.util.Objects;

/**
 * One line of a case's timeline. {@code publicText} is what the citizen's tracking page shows
 * (never personal data); {@code internalNote} is for staff only (reasons, supervision notes).
 */
@Entity
@Table(name = "opinion_event")
public class OpinionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opinion_id", nullable = false)
    private Opinion opinion;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30)
    private OpinionEventType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 64)
    private String actor;

    @Column(name = "public_text", length = 500)
    private String publicText;

    @Column(name = "internal_note", length = 2000)
    private String internalNote;

    protected OpinionEvent() {
    }

    public OpinionEvent(Opinion opinion, OpinionEventType type, Instant occurredAt, String actor, String publicText,
                        String internalNote) {
        this.opinion = opinion;
        this.type = type;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.publicText = publicText;
        this.internalNote = internalNote;
    }

    public Long getId() {
        return id;
    }

    public Opinion getOpinion() {
        return opinion;
    }

    public OpinionEventType getType() {
        return type;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getPublicText() {
        return publicText;
    }

    public String getInternalNote() {
        return internalNote;
    }

    /** Anonymisation: numbers in the public line are masked; the staff note goes (it may name people). */
    boolean anonymise() {
        String masked = Masking.freeText(publicText);
        boolean changed = internalNote != null || !Objects.equals(masked, publicText);
        publicText = masked;
        internalNote = null;
        return changed;
    }
}
