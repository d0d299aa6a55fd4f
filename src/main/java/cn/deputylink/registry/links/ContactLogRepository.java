package cn.deputylink.registry.links;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContactLogRepository extends JpaRepository<ContactLog, Long> {

    @Query("select c from ContactLog c where c.household = :household order by c.contactDate desc, c.id desc")
    List<ContactLog> findByHousehold(LinkedHousehold household);

    /** Per station, in the period: households contacted at least once and contacts. Rows of [stationId, households, contacts]. */
    @Query("select h.station.id, count(distinct h.id), count(c) from ContactLog c join c.household h "
            + "where h.active = true and c.contactDate between :from and :to group by h.station.id")
    List<Object[]> countByStation(LocalDate from, LocalDate to);
}
