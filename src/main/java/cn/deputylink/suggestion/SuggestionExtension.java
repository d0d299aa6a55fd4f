package cn.deputylink.suggestion;

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
import java.time.LocalDate;

/** 延期申请: the lead department asks for more time; the liaison office decides. */
@Entity
@Table(name = "suggestion_extension")
public class SuggestionExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggestion_id", nullable = false)
    private Suggestion suggestion;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "requested_due")
    private LocalDate requestedDue;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExtensionDecision decision = ExtensionDecision.PENDING;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = 1000)
    private String decisionComment;

    @Column(name = "granted_due")
    private Instant grantedDue;

    protected SuggestionExtension() {
    }

    public SuggestionExtension(Suggestion suggestion, String reason, LocalDate requestedDue, String requestedBy,
                               Instant requestedAt) {
        this.suggestion = suggestion;
        this.reason = reason;
        this.requestedDue = requestedDue;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public void decide(boolean approved, String by, String comment, Instant at) {
        this.decision = approved ? ExtensionDecision.APPROVED : ExtensionDecision.REFUSED;
        this.decidedBy = by;
        this.decisionComment = comment;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getRequestedDue() {
        return requestedDue;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public ExtensionDecision getDecision() {
        return decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public Instant getGrantedDue() {
        return grantedDue;
    }

    public void setGrantedDue(Instant grantedDue) {
        this.grantedDue = grantedDue;
    }
}
