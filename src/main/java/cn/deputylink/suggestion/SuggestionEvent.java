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

/** One line of a suggestion's journal (办理过程). */
@Entity
@Table(name = "suggestion_event")
public class SuggestionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggestion_id", nullable = false)
    private Suggestion suggestion;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 32)
    private SuggestionEventType type;

    @Column(length = 64)
    private String actor;

    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(columnDefinition = "TEXT")
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SuggestionEvent() {
    }

    SuggestionEvent(Suggestion suggestion, SuggestionEventType type, String actor, String departmentCode, String note,
                    Instant createdAt) {
        this.suggestion = suggestion;
        this.type = type;
        this.actor = actor;
        this.departmentCode = departmentCode;
        this.note = note;
        this.createdAt = createdAt;
    }

    public SuggestionEventType getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
