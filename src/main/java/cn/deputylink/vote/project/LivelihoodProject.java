package cn.deputylink.vote.project;

import cn.deputylink.vote.LivelihoodVote;
import cn.deputylink.vote.VoteCandidate;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A project the congress voted for, from planning to the satisfaction evaluation at the next
 * year's session (政府买单、人大验单). Business key {@code <vote key>-<nn>}, nn its ballot place.
 */
@Entity
@Table(name = "livelihood_project")
public class LivelihoodProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_key", nullable = false, unique = true, length = 70)
    private String businessKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vote_id", nullable = false)
    private LivelihoodVote vote;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id", nullable = false, unique = true)
    private VoteCandidate candidate;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 100)
    private String area;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ProjectStatus status = ProjectStatus.SELECTED;

    @Column(name = "department_code", length = 40)
    private String departmentCode;

    /** 预算（万元）. */
    @Column(precision = 14, scale = 2)
    private BigDecimal budget;

    @Column(name = "planned_completion")
    private LocalDate plannedCompletion;

    @Column(name = "completion_summary", length = 2000)
    private String completionSummary;

    @Column(name = "actual_cost", precision = 14, scale = 2)
    private BigDecimal actualCost;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "acceptance_opinion", length = 1000)
    private String acceptanceOpinion;

    @Column(name = "accepted_by", length = 64)
    private String acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    /** The next year's vote at whose session the project was rated. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "evaluation_vote_id")
    private LivelihoodVote evaluationVote;

    @Column
    private Integer satisfied;

    @Column(name = "basically_satisfied")
    private Integer basicallySatisfied;

    @Column
    private Integer unsatisfied;

    @Column(name = "evaluation_published_at")
    private Instant evaluationPublishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder ASC")
    private List<ProjectMilestone> milestones = new ArrayList<>();

    @Version
    private long version;

    protected LivelihoodProject() {
    }

    public LivelihoodProject(LivelihoodVote vote, VoteCandidate candidate, Instant createdAt) {
        this.vote = vote;
        this.candidate = candidate;
        this.businessKey = vote.getBusinessKey() + "-" + String.format("%02d", candidate.getSortOrder());
        this.title = candidate.getTitle();
        this.area = candidate.getArea();
        this.createdAt = createdAt;
    }

    public void plan(String departmentCode, BigDecimal budget, LocalDate plannedCompletion,
                     List<ProjectMilestone.Plan> plannedMilestones) {
        this.departmentCode = departmentCode;
        this.budget = budget;
        this.plannedCompletion = plannedCompletion;
        this.milestones.clear();
        int order = 1;
        for (ProjectMilestone.Plan m : plannedMilestones) {
            this.milestones.add(new ProjectMilestone(this, order++, m.title(), m.dueDate()));
        }
        this.status = ProjectStatus.IMPLEMENTING;
    }

    public void reportCompletion(String summary, BigDecimal actualCost, Instant at) {
        this.completionSummary = summary;
        this.actualCost = actualCost;
        this.completedAt = at;
        this.status = ProjectStatus.COMPLETION_REPORTED;
    }

    public void accept(String opinion, String by, Instant at) {
        this.acceptanceOpinion = opinion;
        this.acceptedBy = by;
        this.acceptedAt = at;
        this.status = ProjectStatus.ACCEPTED;
    }

    public void returnForRework(String opinion) {
        this.acceptanceOpinion = opinion;
        this.status = ProjectStatus.IMPLEMENTING;
    }

    public void openEvaluation(LivelihoodVote at) {
        this.evaluationVote = at;
        this.status = ProjectStatus.EVALUATING;
    }

    public void publishEvaluation(int satisfied, int basicallySatisfied, int unsatisfied, Instant at) {
        this.satisfied = satisfied;
        this.basicallySatisfied = basicallySatisfied;
        this.unsatisfied = unsatisfied;
        this.evaluationPublishedAt = at;
        this.status = ProjectStatus.EVALUATED;
    }

    public void closeUnevaluated() {
        this.status = ProjectStatus.CLOSED_UNEVALUATED;
    }

    /** (满意 + 基本满意) / all ratings, in percent; null without ratings. */
    public BigDecimal satisfactionRate() {
        if (satisfied == null) {
            return null;
        }
        int total = satisfied + basicallySatisfied + unsatisfied;
        if (total == 0) {
            return null;
        }
        return BigDecimal.valueOf((satisfied + basicallySatisfied) * 100L)
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public LivelihoodVote getVote() {
        return vote;
    }

    public VoteCandidate getCandidate() {
        return candidate;
    }

    public String getTitle() {
        return title;
    }

    public String getArea() {
        return area;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public LocalDate getPlannedCompletion() {
        return plannedCompletion;
    }

    public String getCompletionSummary() {
        return completionSummary;
    }

    public BigDecimal getActualCost() {
        return actualCost;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getAcceptanceOpinion() {
        return acceptanceOpinion;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public LivelihoodVote getEvaluationVote() {
        return evaluationVote;
    }

    public Integer getSatisfied() {
        return satisfied;
    }

    public Integer getBasicallySatisfied() {
        return basicallySatisfied;
    }

    public Integer getUnsatisfied() {
        return unsatisfied;
    }

    public Instant getEvaluationPublishedAt() {
        return evaluationPublishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ProjectMilestone> getMilestones() {
        return milestones;
    }
}
