package cn.deputylink.opinion.photo;

import cn.deputylink.opinion.Opinion;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo a citizen attached to an opinion, stored re-encoded as JPEG with no metadata. */
@Entity
@Table(name = "opinion_photo")
public class OpinionPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opinion_id", nullable = false)
    private Opinion opinion;

    /** 1, 2, 3 in the order the citizen chose them. */
    @Column(nullable = false)
    private int position;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Lob
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] data;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OpinionPhoto() {
    }

    OpinionPhoto(Opinion opinion, int position, PhotoEncoder.Encoded photo, Instant createdAt) {
        this.opinion = opinion;
        this.position = position;
        this.contentType = PhotoEncoder.CONTENT_TYPE;
        this.width = photo.width();
        this.height = photo.height();
        this.sizeBytes = photo.jpeg().length;
        this.data = photo.jpeg();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Opinion getOpinion() {
        return opinion;
    }

    public int getPosition() {
        return position;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getData() {
        return data;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
