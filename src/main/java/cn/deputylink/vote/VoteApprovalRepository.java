package cn.deputylink.vote;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VoteApprovalRepository extends JpaRepository<VoteApproval, Long> {

    List<VoteApproval> findByVoteIdOrderByIdAsc(Long voteId);
}
