package cn.deputylink.shared.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a registry record: who, when, what (field: old → new). Never updated, never deleted. */
@Entity
@Table(name = "registry_change")
public class RegistryChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_type", nullable = false, length = 20)
    private String recordType;

    @Column(name = "record_code", nullable = false, length = 64)
    private String recordCode;

    @Column(nullable = false, length = 20)
    private String action;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 2000)
    private String summary;

    protected RegistryChange() {
    }

    public RegistryChange(String recordType, String recordCode, String action, String changedBy, Instant changedAt,
                          String summary) {
        this.recordType = recordType;
        this.recordCode = recordCode;
        this.action = action;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.summary = summary.length() > 2000 ? summary.substring(0, 1997) + "…" : summary;
    }

    public Long getId() {
        return id;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordCode() {
        return recordCode;
    }

    public String getAction() {
        return action;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getSummary() {
        return summary;
    }
}
