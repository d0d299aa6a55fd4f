package cn.deputylink.vote.ballot;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.springframework.data.domain.Persistable;

/**
 * The register (领票/投票登记): that a deputy received or cast a ballot in a round, and by which
 * channel. Its primary key (round, deputy) is the one guard against voting twice by any channel.
 * It records nothing that would tell which ballot is the deputy's: no time, no sequence.
 */
@Entity
@Table(name = "ballot_register")
public class RegisterEntry implements Persistable<RegisterEntry.Key> {

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    protected RegisterEntry() {
    }

    public RegisterEntry(Long roundId, Long deputyId, Channel channel) {
        this.key = new Key(roundId, deputyId);
        this.channel = channel;
    }

    @Override
    public Key getId() {
        return key;
    }

    /** Always a fresh insert: a second entry for the same deputy must hit the primary key, never merge. */
    @Override
    public boolean isNew() {
        return true;
    }

    public Long getDeputyId() {
        return key.deputyId;
    }

    public Channel getChannel() {
        return channel;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "round_id", nullable = false)
        private Long roundId;

        @Column(name = "deputy_id", nullable = false)
        private Long deputyId;

        protected Key() {
        }

        public Key(Long roundId, Long deputyId) {
            this.roundId = roundId;
            this.deputyId = deputyId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(roundId, k.roundId) && Objects.equals(deputyId, k.deputyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, deputyId);
        }
    }
}
