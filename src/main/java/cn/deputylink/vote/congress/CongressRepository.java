package cn.deputylink.vote.congress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CongressRepository extends JpaRepository<Congress, Long> {

    Optional<Congress> findByCode(String code);

    boolean existsByCode(String code);

    List<Congress> findAllByOrderByCodeAsc();
}
