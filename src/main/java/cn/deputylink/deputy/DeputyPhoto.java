package cn.deputylink.deputy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** The photo on the deputy's public card (码上找代表), uploaded by the office. */
@Entity
@Table(name = "deputy_photo")
public class DeputyPhoto {

    @Id
    @Column(name = "deputy_id")
    private Long deputyId;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Lob
    @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] data;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DeputyPhoto() {
    }

    public DeputyPhoto(Long deputyId) {
        this.deputyId = deputyId;
    }

    public Long getDeputyId() {
        return deputyId;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getData() {
        return data;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void replace(String contentType, byte[] data, Instant at) {
        this.contentType = contentType;
        this.data = data;
        this.updatedAt = at;
    }
}
