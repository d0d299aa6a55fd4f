package cn.deputylink.shared.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One opening of a citizen's contact data (name, phone number unmasked): who, when, which case,
 * which fields, why and through which endpoint. The values themselves are never copied here.
 */
@Entity
@Table(name = "contact_access_log")
public class ContactAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "user_id", nullable = false, length = 64)
    private String userId;

    @Column(name = "case_ref", nullable = false, length = 40)
    private String caseRef;

    @Column(name = "field_names", nullable = false, length = 100)
    private String fieldNames;

    @Column(nullable = false, length = 100)
    private String purpose;

    @Column(nullable = false, length = 200)
    private String endpoint;

    protected ContactAccess() {
    }

    public ContactAccess(Instant occurredAt, String userId, String caseRef, String fieldNames, String purpose,
                         String endpoint) {
        this.occurredAt = occurredAt;
        this.userId = userId;
        this.caseRef = caseRef;
        this.fieldNames = fieldNames;
        this.purpose = purpose;
        this.endpoint = endpoint;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUserId() {
        return userId;
    }

    public String getCaseRef() {
        return caseRef;
    }

    public String getFieldNames() {
        return fieldNames;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getEndpoint() {
        return endpoint;
    }
}
