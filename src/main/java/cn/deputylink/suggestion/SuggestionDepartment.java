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

/** A department's part in one assignment round: lead (主办) or co-handler (协办) with its opinion. */
@Entity
@Table(name = "suggestion_department")
public class SuggestionDepartment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggestion_id", nullable = false)
    private Suggestion suggestion;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_role", nullable = false, length = 16)
    private HandlingRole role;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(columnDefinition = "TEXT")
    private String opinion;

    @Column(name = "opinion_at")
    private Instant opinionAt;

    protected SuggestionDepartment() {
    }

    public SuggestionDepartment(Suggestion suggestion, String departmentCode, HandlingRole role, Instant assignedAt) {
        this.suggestion = suggestion;
        this.departmentCode = departmentCode;
        this.role = role;
        this.assignedAt = assignedAt;
    }

    public Long getId() {
        return id;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public HandlingRole getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getOpinion() {
        return opinion;
    }

    public Instant getOpinionAt() {
        return opinionAt;
    }

    public void giveOpinion(String opinion, Instant at) {
        this.opinion = opinion;
        this.opinionAt = at;
    }
}
