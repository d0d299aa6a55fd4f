package cn.deputylink.registry.term;

import cn.deputylink.deputy.CongressLevel;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CongressTermRepository extends JpaRepository<CongressTerm, Long> {

    Optional<CongressTerm> findByCode(String code);

    boolean existsByCode(String code);

    List<CongressTerm> findByLevelOrderByStartsOnDesc(CongressLevel level);

    List<CongressTerm> findAllByOrderByLevelAscStartsOnDesc();
}
