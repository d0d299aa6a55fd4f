package cn.deputylink.vote.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.data.domain.Persistable;

/** One satisfaction rating, stored like a ballot: random id, no rater, no time. */
@Entity
@Table(name = "project_rating")
public class ProjectRating implements Persistable<String> {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(length = 32)
    private String id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Satisfaction rating;

    protected ProjectRating() {
    }

    public ProjectRating(Long projectId, Satisfaction rating) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        this.id = HexFormat.of().formatHex(bytes);
        this.projectId = projectId;
        this.rating = rating;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return true;
    }

    public Satisfaction getRating() {
        return rating;
    }
}
