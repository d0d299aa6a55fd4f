package cn.deputylink.vote.ballot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.data.domain.Persistable;

/**
 * A stored ballot: its round and its canonical content, and nothing that leads back to the voter.
 *
 * <p>The id is 128 random bits. A database sequence or an insert timestamp would put ballots in
 * the order they were cast, and the order of casting is known elsewhere (who walked to the
 * terminal when, the access log, the register filling up); with a random id the table's order,
 * including its clustered index on MySQL, says nothing. There is deliberately no channel column
 * either: a single paper voter among electronic ones would be identifiable.
 */
@Entity
@Table(name = "ballot")
public class Ballot implements Persistable<String> {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(length = 32)
    private String id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String content;

    @Column(nullable = false)
    private boolean sealed;

    protected Ballot() {
    }

    public Ballot(Long roundId, BallotContent content) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        this.id = HexFormat.of().formatHex(bytes);
        this.roundId = roundId;
        this.content = content.canonical();
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return true;
    }

    public Long getRoundId() {
        return roundId;
    }

    public BallotContent content() {
        return BallotContent.parse(content);
    }

    public String getContent() {
        return content;
    }

    public boolean isSealed() {
        return sealed;
    }
}
