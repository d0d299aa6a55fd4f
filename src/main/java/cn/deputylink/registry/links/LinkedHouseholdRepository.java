package cn.deputylink.registry.links;

import cn.deputylink.deputy.Deputy;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LinkedHouseholdRepository extends JpaRepository<LinkedHousehold, Long> {

    @Query("select h from LinkedHousehold h join fetch h.station where h.deputy = :deputy and h.active = true order by h.id")
    List<LinkedHousehold> findActiveByDeputy(Deputy deputy);

    /** Per station and deputy: how many active households. Rows of [stationId, deputyId, count]. */
    @Query("select h.station.id, h.deputy.id, count(h) from LinkedHousehold h where h.active = true "
            + "group by h.station.id, h.deputy.id")
    List<Object[]> countByStationAndDeputy();
}
