package cn.deputylink.vote.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A quarterly progress report of the responsible department (季度进度报告). */
@Entity
@Table(name = "project_progress_report")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private LivelihoodProject project;

    @Column(name = "report_no", nullable = false)
    private int reportNo;

    @Column(name = "percent_complete", nullable = false)
    private int percentComplete;

    @Column(name = "funds_spent", precision = 14, scale = 2)
    private BigDecimal fundsSpent;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(length = 1000)
    private String problems;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected ProgressReport() {
    }

    public ProgressReport(LivelihoodProject project, int reportNo, int percentComplete, BigDecimal fundsSpent,
                          String summary, String problems, String submittedBy, Instant submittedAt) {
        this.project = project;
        this.reportNo = reportNo;
        this.percentComplete = percentComplete;
        this.fundsSpent = fundsSpent;
        this.summary = summary;
        this.problems = problems;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public int getReportNo() {
        return reportNo;
    }

    public int getPercentComplete() {
        return percentComplete;
    }

    public BigDecimal getFundsSpent() {
        return fundsSpent;
    }

    public String getSummary() {
        return summary;
    }

    public String getProblems() {
        return problems;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
