package cn.deputylink.vote;

import cn.deputylink.deputy.Deputy;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One deputy on the roll of a vote's session (应到代表), and whether recorded present. */
@Entity
@Table(name = "vote_roll")
public class RollEntry {

    @EmbeddedId
    private Key key;

    @MapsId("deputyId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deputy_id", nullable = false)
    private Deputy deputy;

    @Column(nullable = false)
    private boolean present;

    protected RollEntry() {
    }

    public RollEntry(Long voteId, Deputy deputy) {
        this.key = new Key(voteId, deputy.getId());
        this.deputy = deputy;
    }

    public Long getVoteId() {
        return key.voteId;
    }

    public Deputy getDeputy() {
        return deputy;
    }

    public boolean isPresent() {
        return present;
    }

    public void setPresent(boolean present) {
        this.present = present;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "vote_id", nullable = false)
        private Long voteId;

        @Column(name = "deputy_id", nullable = false)
        private Long deputyId;

        protected Key() {
        }

        public Key(Long voteId, Long deputyId) {
            this.voteId = voteId;
            this.deputyId = deputyId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(voteId, k.voteId) && Objects.equals(deputyId, k.deputyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(voteId, deputyId);
        }
    }
}
