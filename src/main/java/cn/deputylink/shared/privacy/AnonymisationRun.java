package cn.deputylink.shared.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The report of one anonymisation run: when, why, the cut-off, and how many records it changed. */
@Entity
@Table(name = "anonymisation_run")
public class AnonymisationRun {

    public enum Trigger { SCHEDULED, MANUAL }

    public enum Status { RUNNING, COMPLETED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_type", nullable = false, length = 20)
    private Trigger trigger;

    @Column(name = "triggered_by", length = 64)
    private String triggeredBy;

    @Column(nullable = false, length = 20)
    private String retention;

    @Column(name = "closed_before", nullable = false)
    private Instant closedBefore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private int batches;

    @Column(nullable = false)
    private int opinions;

    @Column(nullable = false)
    private int events;

    @Column(nullable = false)
    private int feedback;

    @Column(nullable = false)
    private int assignments;

    @Column(length = 500)
    private String message;

    protected AnonymisationRun() {
    }

    public AnonymisationRun(Instant startedAt, Trigger trigger, String triggeredBy, String retention,
                            Instant closedBefore) {
        this.startedAt = startedAt;
        this.trigger = trigger;
        this.triggeredBy = triggeredBy;
        this.retention = retention;
        this.closedBefore = closedBefore;
        this.status = Status.RUNNING;
    }

    /** Adds the counts of one committed batch. */
    public void addBatch(int opinions, int events, int feedback, int assignments) {
        this.batches++;
        this.opinions += opinions;
        this.events += events;
        this.feedback += feedback;
        this.assignments += assignments;
    }

    public void finish(Status status, String message, Instant at) {
        this.status = status;
        this.message = message == null || message.length() <= 500 ? message : message.substring(0, 499) + "…";
        this.finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Trigger getTrigger() {
        return trigger;
    }

    public String getTriggeredBy() {
        return triggeredBy;
    }

    public String getRetention() {
        return retention;
    }

    public Instant getClosedBefore() {
        return closedBefore;
    }

    public Status getStatus() {
        return status;
    }

    public int getBatches() {
        return batches;
    }

    public int getOpinions() {
        return opinions;
    }

    public int getEvents() {
        return events;
    }

    public int getFeedback() {
        return feedback;
    }

    public int getAssignments() {
        return assignments;
    }

    public String getMessage() {
        return message;
    }
}
