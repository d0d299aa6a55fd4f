package cn.deputylink.vote;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VoteCandidateRepository extends JpaRepository<VoteCandidate, Long> {

    List<VoteCandidate> findByVoteIdOrderBySortOrderAsc(Long voteId);
}
