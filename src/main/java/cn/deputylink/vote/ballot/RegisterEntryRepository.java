package cn.deputylink.vote.ballot;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegisterEntryRepository extends JpaRepository<RegisterEntry, RegisterEntry.Key> {

    @Query("select count(r) from RegisterEntry r where r.key.roundId = :roundId")
    int countByRound(Long roundId);

    @Query("select count(r) from RegisterEntry r where r.key.roundId = :roundId and r.channel = :channel")
    int countByRoundAndChannel(Long roundId, Channel channel);

    @Query("select count(r) > 0 from RegisterEntry r where r.key.roundId = :roundId and r.key.deputyId = :deputyId")
    boolean isRegistered(Long roundId, Long deputyId);

    /** The deputies who voted in any round of the vote (for the ledger), by deputy id. */
    @Query("""
            select distinct r.key.deputyId from RegisterEntry r, BallotRound br
            where br.id = r.key.roundId and br.vote.id = :voteId
            """)
    List<Long> deputiesWhoVoted(Long voteId);
}
