package cn.deputylink.vote.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LivelihoodProjectRepository extends JpaRepository<LivelihoodProject, Long> {

    Optional<LivelihoodProject> findByBusinessKey(String businessKey);

    Optional<LivelihoodProject> findByCandidateId(Long candidateId);

    List<LivelihoodProject> findByVoteIdOrderByBusinessKeyAsc(Long voteId);

    List<LivelihoodProject> findByVoteIdAndStatusOrderByBusinessKeyAsc(Long voteId, ProjectStatus status);

    List<LivelihoodProject> findByEvaluationVoteIdOrderByBusinessKeyAsc(Long evaluationVoteId);
}
