package cn.deputylink.vote;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LivelihoodVoteRepository extends JpaRepository<LivelihoodVote, Long> {

    Optional<LivelihoodVote> findByBusinessKey(String businessKey);

    boolean existsByCongressIdAndVoteYear(Long congressId, int voteYear);

    Optional<LivelihoodVote> findByCongressIdAndVoteYear(Long congressId, int voteYear);

    @Query("""
            select v from LivelihoodVote v join v.congress c
            where (:congressCode is null or c.code = :congressCode)
              and (:year is null or v.voteYear = :year)
            """)
    Page<LivelihoodVote> search(String congressCode, Integer year, Pageable pageable);

    List<LivelihoodVote> findByStatusIn(List<VoteStatus> statuses);
}
