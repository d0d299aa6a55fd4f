package cn.deputylink.vote.ballot;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BallotRepository extends JpaRepository<Ballot, String> {

    /** Sorted by content: the order the ballots were stored in is never exposed. */
    @Query("select b from Ballot b where b.roundId = :roundId order by b.content, b.id")
    List<Ballot> findByRound(Long roundId);

    @Query("select count(b) from Ballot b where b.roundId = :roundId")
    int countByRound(Long roundId);

    /** Rewrites every ballot of the round in one statement (see {@link Ballot}). */
    @Modifying
    @Query("update Ballot b set b.sealed = true where b.roundId = :roundId")
    int seal(Long roundId);
}
