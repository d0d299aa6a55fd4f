package cn.deputylink.ledger;

import cn.deputylink.deputy.Deputy;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityRecordRepository extends JpaRepository<ActivityRecord, Long> {

    Optional<ActivityRecord> findBySourceKey(String sourceKey);

    List<ActivityRecord> findByDeputyAndActivityDateBetweenOrderByActivityDateAscIdAsc(Deputy deputy, LocalDate from,
                                                                                      LocalDate to);

    @Query("""
            select r from ActivityRecord r left join fetch r.station
            where r.deputy = :deputy and r.activityDate between :from and :to
            order by r.activityDate, r.id
            """)
    List<ActivityRecord> findLedger(Deputy deputy, LocalDate from, LocalDate to);

    /** Per type: how many entries count (confirmed, not rejected) in the period. */
    @Query("""
            select r.type as type, count(r) as entries from ActivityRecord r
            where r.deputy.id = :deputyId and r.activityDate between :from and :to
              and r.confirmed = true and r.rejected = false
            group by r.type
            """)
    List<TypeCount> countConfirmedByType(Long deputyId, LocalDate from, LocalDate to);

    /** Self-reports waiting for the staff of these stations (the deputy joined one of them). */
    @Query(value = """
            select distinct r from ActivityRecord r join r.deputy d join d.stations s
            where r.confirmed = false and r.rejected = false and s.code in :stationCodes
            """, countQuery = """
            select count(distinct r) from ActivityRecord r join r.deputy d join d.stations s
            where r.confirmed = false and r.rejected = false and s.code in :stationCodes
            """)
    Page<ActivityRecord> findPendingForStations(Collection<String> stationCodes, Pageable pageable);

    @Query(value = "select r from ActivityRecord r where r.confirmed = false and r.rejected = false",
            countQuery = "select count(r) from ActivityRecord r where r.confirmed = false and r.rejected = false")
    Page<ActivityRecord> findPending(Pageable pageable);

    interface TypeCount {
        ActivityType getType();

        long getEntries();
    }
}
