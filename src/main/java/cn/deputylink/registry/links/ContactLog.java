package cn.deputylink.registry.links;

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
import java.time.LocalDate;

/** One contact with a linked household (走访、电话、座谈); its ledger entry is {@code activityId}. */
@Entity
@Table(name = "contact_log")
public class ContactLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id", nullable = false)
    private LinkedHousehold household;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deputy_id", nullable = false)
    private Deputy deputy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContactMethod method;

    @Column(name = "contact_date", nullable = false)
    private LocalDate contactDate;

    @Column(length = 1000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "activity_id")
    private Long activityId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContactLog() {
    }

    public ContactLog(LinkedHousehold household, ContactMethod method, LocalDate contactDate, String note,
                      String recordedBy, Long activityId, Instant createdAt) {
        this.household = household;
        this.deputy = household.getDeputy();
        this.method = method;
        this.contactDate = contactDate;
        this.note = note;
        this.recordedBy = recordedBy;
        this.activityId = activityId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public LinkedHousehold getHousehold() {
        return household;
    }

    public Deputy getDeputy() {
        return deputy;
    }

    public ContactMethod getMethod() {
        return method;
    }

    public LocalDate getContactDate() {
        return contactDate;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Long getActivityId() {
        return activityId;
    }
}
