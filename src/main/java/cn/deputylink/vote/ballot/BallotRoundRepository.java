package cn.deputylink.vote.ballot;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BallotRoundRepository extends JpaRepository<BallotRound, Long> {

    List<BallotRound> findByVoteIdOrderByRoundNoAsc(Long voteId);

    Optional<BallotRound> findByVoteIdAndRoundNo(Long voteId, int roundNo);

    Optional<BallotRound> findFirstByVoteIdAndStatusInOrderByRoundNoDesc(Long voteId, List<RoundStatus> statuses);

    Optional<BallotRound> findFirstByVoteIdOrderByRoundNoDesc(Long voteId);
}
