package cn.deputylink.vote.project;

import cn.deputylink.deputy.Deputy;
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

/** A deputy's inspection of a project on site (代表视察); one per inspection task. */
@Entity
@Table(name = "project_inspection")
public class ProjectInspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private LivelihoodProject project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deputy_id", nullable = false)
    private Deputy deputy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InspectionConclusion conclusion;

    @Column(nullable = false, length = 2000)
    private String findings;

    /** The task the inspection completed; makes recording it idempotent. */
    @Column(name = "source_task", unique = true, length = 64)
    private String sourceTask;

    @Column(name = "inspected_at", nullable = false)
    private Instant inspectedAt;

    protected ProjectInspection() {
    }

    public ProjectInspection(LivelihoodProject project, Deputy deputy, InspectionConclusion conclusion,
                             String findings, String sourceTask, Instant inspectedAt) {
        this.project = project;
        this.deputy = deputy;
        this.conclusion = conclusion;
        this.findings = findings;
        this.sourceTask = sourceTask;
        this.inspectedAt = inspectedAt;
    }

    public Long getId() {
        return id;
    }

    public Deputy getDeputy() {
        return deputy;
    }

    public InspectionConclusion getConclusion() {
        return conclusion;
    }

    public String getFindings() {
        return findings;
    }

    public String getSourceTask() {
        return sourceTask;
    }

    public Instant getInspectedAt() {
        return inspectedAt;
    }
}
