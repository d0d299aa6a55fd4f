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
import java.time.LocalDate;

/** 时间节点: one milestone of a project's plan. */
@Entity
@Table(name = "project_milestone")
public class ProjectMilestone {

    public record Plan(String title, LocalDate dueDate) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private LivelihoodProject project;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    protected ProjectMilestone() {
    }

    ProjectMilestone(LivelihoodProject project, int sortOrder, String title, LocalDate dueDate) {
        this.project = project;
        this.sortOrder = sortOrder;
        this.title = title;
        this.dueDate = dueDate;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }
}
