package cn.deputylink.opinion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OpinionEventRepository extends JpaRepository<OpinionEvent, Long> {

    List<OpinionEvent> findByOpinionOrderByOccurredAtAscIdAsc(Opinion opinion);

    boolean existsByOpinionAndType(Opinion opinion, OpinionEventType type);
}
