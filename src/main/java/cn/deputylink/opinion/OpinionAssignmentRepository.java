package cn.deputylink.opinion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OpinionAssignmentRepository extends JpaRepository<OpinionAssignment, Long> {

    Optional<OpinionAssignment> findFirstByOpinionOrderByIdDesc(Opinion opinion);

    List<OpinionAssignment> findByOpinionOrderByIdAsc(Opinion opinion);

    /** Replies per station: on time or late; returned assignments ("not ours") count for nobody. */
    @Query("""
            select s.code, sum(case when a.overdue = false then 1 else 0 end),
                   sum(case when a.overdue = true then 1 else 0 end)
            from OpinionAssignment a join a.opinion o join o.station s
            where o.receivedAt >= :from and o.receivedAt < :to and (:stationCode is null or s.code = :stationCode)
              and a.returned = false and a.repliedAt is not null
            group by s.code
            """)
    List<Object[]> countRepliesByStation(Instant from, Instant to, String stationCode);
}
