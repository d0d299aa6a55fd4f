package cn.deputylink.vote.proposal;

import cn.deputylink.deputy.Deputy;
import cn.deputylink.vote.LivelihoodVote;
import cn.deputylink.vote.VoteCandidate;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A project proposed during the collection window (群众点单), tracked by {@code XM-<year>-<n>}.
 * Screening records its decision and, for a proposal not taken, the reason that is published.
 * A citizen's name and phone number stay in this table and are masked in every list.
 */
@Entity
@Table(name = "project_proposal")
public class ProjectProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vote_id", nullable = false)
    private LivelihoodVote vote;

    @Column(name = "tracking_code", nullable = false, unique = true, length = 40)
    private String trackingCode;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;

    @Column(nullable = false, length = 100)
    private String area;

    /** 预计投资（万元）. */
    @Column(name = "estimated_cost", nullable = false, precision = 14, scale = 2)
    private BigDecimal estimatedCost;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposer_type", nullable = false, length = 16)
    private ProposerType proposerType;

    @Column(name = "proposer_name", length = 50)
    private String proposerName;

    @Column(name = "proposer_phone", length = 20)
    private String proposerPhone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_id")
    private Deputy deputy;

    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ScreeningDecision decision = ScreeningDecision.PENDING;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private ProjectProposal mergedInto;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Assessment necessity;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Assessment feasibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_assessment", length = 16)
    private Assessment budgetAssessment;

    /** Published with the candidate list: why the proposal was not taken (or a screening note). */
    @Column(length = 500)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "candidate_id")
    private VoteCandidate candidate;

    @Column(name = "screened_by", length = 64)
    private String screenedBy;

    @Column(name = "screened_at")
    private Instant screenedAt;

    @Version
    private long version;

    protected ProjectProposal() {
    }

    public ProjectProposal(LivelihoodVote vote, String trackingCode, String title, String description, String area,
                           BigDecimal estimatedCost, ProposerType proposerType, String submittedBy, Instant submittedAt) {
        this.vote = vote;
        this.trackingCode = trackingCode;
        this.title = title;
        this.description = description;
        this.area = area;
        this.estimatedCost = estimatedCost;
        this.proposerType = proposerType;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public void screen(ScreeningDecision decision, ProjectProposal mergedInto, Assessment necessity,
                       Assessment feasibility, Assessment budget, String reason, String by, Instant at) {
        this.decision = decision;
        this.mergedInto = mergedInto;
        this.necessity = necessity;
        this.feasibility = feasibility;
        this.budgetAssessment = budget;
        this.reason = reason;
        this.screenedBy = by;
        this.screenedAt = at;
    }

    public Long getId() {
        return id;
    }

    public LivelihoodVote getVote() {
        return vote;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getArea() {
        return area;
    }

    public BigDecimal getEstimatedCost() {
        return estimatedCost;
    }

    public ProposerType getProposerType() {
        return proposerType;
    }

    public String getProposerName() {
        return proposerName;
    }

    public void setProposerName(String proposerName) {
        this.proposerName = proposerName;
    }

    public String getProposerPhone() {
        return proposerPhone;
    }

    public void setProposerPhone(String proposerPhone) {
        this.proposerPhone = proposerPhone;
    }

    public Deputy getDeputy() {
        return deputy;
    }

    public void setDeputy(Deputy deputy) {
        this.deputy = deputy;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public ScreeningDecision getDecision() {
        return decision;
    }

    public ProjectProposal getMergedInto() {
        return mergedInto;
    }

    public Assessment getNecessity() {
        return necessity;
    }

    public Assessment getFeasibility() {
        return feasibility;
    }

    public Assessment getBudgetAssessment() {
        return budgetAssessment;
    }

    public String getReason() {
        return reason;
    }

    public VoteCandidate getCandidate() {
        return candidate;
    }

    public void setCandidate(VoteCandidate candidate) {
        this.candidate = candidate;
    }

    public String getScreenedBy() {
        return screenedBy;
    }

    public Instant getScreenedAt() {
        return screenedAt;
    }
}
