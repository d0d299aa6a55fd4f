package cn.deputylink.vote.proposal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectProposalRepository extends JpaRepository<ProjectProposal, Long> {

    Optional<ProjectProposal> findByTrackingCode(String trackingCode);

    List<ProjectProposal> findByVoteIdOrderByIdAsc(Long voteId);

    Page<ProjectProposal> findByVoteId(Long voteId, Pageable pageable);

    @Query("select count(p) from ProjectProposal p where p.vote.id = :voteId")
    long countByVote(Long voteId);

    List<ProjectProposal> findByCandidateIdOrderByIdAsc(Long candidateId);
}
