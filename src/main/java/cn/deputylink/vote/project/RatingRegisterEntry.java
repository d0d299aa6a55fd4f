package cn.deputylink.vote.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.springframework.data.domain.Persistable;

/** That a deputy rated a project; the rating itself is stored apart, without the rater. */
@Entity
@Table(name = "project_rating_register")
public class RatingRegisterEntry implements Persistable<RatingRegisterEntry.Key> {

    @EmbeddedId
    private Key key;

    protected RatingRegisterEntry() {
    }

    public RatingRegisterEntry(Long projectId, Long deputyId) {
        this.key = new Key(projectId, deputyId);
    }

    @Override
    public Key getId() {
        return key;
    }

    @Override
    public boolean isNew() {
        return true;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "project_id", nullable = false)
        private Long projectId;

        @Column(name = "deputy_id", nullable = false)
        private Long deputyId;

        protected Key() {
        }

        public Key(Long projectId, Long deputyId) {
            this.projectId = projectId;
            this.deputyId = deputyId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(projectId, k.projectId) && Objects.equals(deputyId, k.deputyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, deputyId);
        }
    }
}
