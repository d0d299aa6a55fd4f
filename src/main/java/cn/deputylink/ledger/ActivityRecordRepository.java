package cn.deputylink.ledger;

import cn.deputylink.deputy.Deputy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityRecordRepository extends JpaRepository<ActivityRecord, Long> {

    Optional<ActivityRecord> findBySourceKey(String sourceKey);

    List<ActivityRecord> findByDeputyAndActivityDateBetweenOrderByActivityDateAscIdAsc(Deputy deputy, LocalDate from,
                                                                                      LocalDate to);
}
