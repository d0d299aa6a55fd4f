package cn.deputylink.opinion;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OpinionRepository extends JpaRepository<Opinion, Long> {

    Optional<Opinion> findByTrackingCode(String trackingCode);

    List<Opinion> findByMergedIntoOrderByIdAsc(Opinion mergedInto);

    @Query("select o.externalRef from Opinion o where o.externalRef in :refs")
    List<String> findExistingExternalRefs(Collection<String> refs);

    /** Open cases triaged by the same station recently: the pool duplicate detection compares with. */
    @Query("""
            select o from Opinion o
            where o.triageStationCode = :stationCode and o.status in :open
              and o.receivedAt >= :since and o.id <> :excludeId
            order by o.receivedAt desc
            """)
    List<Opinion> findRecentOpen(String stationCode, Collection<OpinionStatus> open, Instant since, Long excludeId,
                                 Pageable pageable);

    /**
     * The staff list. {@code all} lifts the scope (office, supervisors); otherwise a case is visible
     * to the staff of its intake or triage station and to the department it is assigned to.
     */
    @Query("""
            select o from Opinion o join o.station s
            where (:all = true or s.code in :stations or o.triageStationCode in :stations
                   or o.departmentCode in :departments)
              and (:status is null or o.status = :status)
              and (:stationCode is null or s.code = :stationCode or o.triageStationCode = :stationCode)
              and (:q is null or o.trackingCode like concat('%', :q, '%') or o.content like concat('%', :q, '%'))
            """)
    Page<Opinion> search(boolean all, Collection<String> stations, Collection<String> departments,
                         OpinionStatus status, String stationCode, String q, Pageable pageable);

    /** Counts per intake station, status, outcome and final rating for a period. */
    @Query("""
            select s.code, s.name, o.status, o.outcome, o.lastRating, count(o) from Opinion o join o.station s
            where o.receivedAt >= :from and o.receivedAt < :to and (:stationCode is null or s.code = :stationCode)
            group by s.code, s.name, o.status, o.outcome, o.lastRating
            """)
    List<Object[]> countByStation(Instant from, Instant to, String stationCode);

    /** Overdue-and-unreplied cases per station, now. */
    @Query("""
            select s.code, count(o) from Opinion o join o.station s
            where o.receivedAt >= :from and o.receivedAt < :to and (:stationCode is null or s.code = :stationCode)
              and o.status = cn.deputylink.opinion.OpinionStatus.HANDLING and o.overdueSince is not null
            group by s.code
            """)
    List<Object[]> countOverdueByStation(Instant from, Instant to, String stationCode);

    /** Opinions each deputy received (reception days, visits, the deputy's QR code). */
    @Query("""
            select d.code, d.name, count(o),
                   sum(case when o.status = cn.deputylink.opinion.OpinionStatus.CLOSED then 1 else 0 end)
            from Opinion o join o.receivingDeputy d join o.station s
            where o.receivedAt >= :from and o.receivedAt < :to and (:stationCode is null or s.code = :stationCode)
            group by d.code, d.name
            order by d.code
            """)
    List<Object[]> countByDeputy(Instant from, Instant to, String stationCode);
}
