package cn.deputylink.shared.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A client's {@code Idempotency-Key} and what its first request produced. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String scope;

    @Column(name = "idem_key", nullable = false, length = 100)
    private String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(length = 200)
    private String result;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(String scope, String key, String requestHash, Instant createdAt) {
        this.scope = scope;
        this.key = key;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    public String getScope() {
        return scope;
    }

    public String getKey() {
        return key;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public String getResult() {
        return result;
    }

    void setResult(String result) {
        this.result = result;
    }
}
