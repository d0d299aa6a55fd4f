package cn.deputylink.deputy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DeputyRepository extends JpaRepository<Deputy, Long> {

    Optional<Deputy> findByCode(String code);

    Optional<Deputy> findByPublicToken(String publicToken);

    Optional<Deputy> findByUserId(String userId);

    boolean existsByCode(String code);

    boolean existsByUserId(String userId);

    /** Every deputy's code, households count and login, without loading the deputies (roster checks). */
    @Query("select d.code, d.householdsLinked, d.userId from Deputy d")
    List<Object[]> findCodesAndUsers();

    @Query("select distinct d.name from Deputy d")
    List<String> findAllNames();

    @Query("""
            select distinct d from Deputy d left join d.group g left join d.stations s
            where (:groupCode is null or g.code = :groupCode)
              and (:stationCode is null or s.code = :stationCode)
              and (:level is null or :level member of d.levels)
              and (:q is null or d.name like concat('%', :q, '%') or d.code like concat('%', :q, '%'))
            """)
    Page<Deputy> search(String groupCode, String stationCode, CongressLevel level, String q, Pageable pageable);

    @Query("select d from Deputy d join d.stations s where s.code = :stationCode and d.active = true order by d.code")
    List<Deputy> findActiveByStation(String stationCode);

    @Query("select d from Deputy d where :level member of d.levels and d.active = true order by d.code")
    List<Deputy> findActiveByLevel(CongressLevel level);
}
