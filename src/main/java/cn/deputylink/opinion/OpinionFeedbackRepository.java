package cn.deputylink.opinion;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OpinionFeedbackRepository extends JpaRepository<OpinionFeedback, Long> {

    Optional<OpinionFeedback> findFirstByOpinionOrderByIdDesc(Opinion opinion);

    List<OpinionFeedback> findByOpinionOrderByIdAsc(Opinion opinion);

    boolean existsByOpinionAndHandlingRound(Opinion opinion, int handlingRound);
}
