package cn.deputylink.opinion;

import cn.deputylink.shared.privacy.Masking;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * One assignment of a case to a department (交办) with its own deadline. A case returned as "not
 * ours" keeps its row marked {@code returned}: it counts against no department's on-time figures.
 */
@Entity
@Table(name = "opinion_assignment")
public class OpinionAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opinion_id", nullable = false)
    private Opinion opinion;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Column(name = "handling_round", nullable = false)
    private int handlingRound;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(nullable = false)
    private boolean overdue;

    @Column(nullable = false)
    private boolean returned;

    @Column(name = "return_reason", length = 500)
    private String returnReason;

    protected OpinionAssignment() {
    }

    public OpinionAssignment(Opinion opinion, String departmentCode, int handlingRound, Instant assignedAt,
                             Instant dueAt) {
        this.opinion = opinion;
        this.departmentCode = departmentCode;
        this.handlingRound = handlingRound;
        this.assignedAt = assignedAt;
        this.dueAt = dueAt;
    }

    public boolean isOpen() {
        return repliedAt == null && !returned;
    }

    public Long getId() {
        return id;
    }

    public Opinion getOpinion() {
        return opinion;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public int getHandlingRound() {
        return handlingRound;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public void setRepliedAt(Instant repliedAt) {
        this.repliedAt = repliedAt;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public boolean isReturned() {
        return returned;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void markReturned(String reason) {
        this.returned = true;
        this.returnReason = reason;
    }

    /** Anonymisation: numbers in the department's reason for returning the case are masked. */
    boolean anonymise() {
        String masked = Masking.freeText(returnReason);
        boolean changed = !Objects.equals(masked, returnReason);
        returnReason = masked;
        return changed;
    }
}
