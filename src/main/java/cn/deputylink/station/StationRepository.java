package cn.deputylink.station;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StationRepository extends JpaRepository<LiaisonStation, Long> {

    Optional<LiaisonStation> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByName(String name);

    Optional<LiaisonStation> findByName(String name);

    List<LiaisonStation> findByParent(LiaisonStation parent);

    @Query("""
            select s from LiaisonStation s left join s.parent p
            where (:tier is null or s.tier = :tier)
              and (:parentCode is null or p.code = :parentCode)
              and (:q is null or s.name like concat('%', :q, '%') or s.code like concat('%', :q, '%'))
            """)
    Page<LiaisonStation> search(StationTier tier, String parentCode, String q, Pageable pageable);

    @Query("select s from LiaisonStation s where :userId member of s.staffUserIds")
    List<LiaisonStation> findByStaff(String userId);
}
