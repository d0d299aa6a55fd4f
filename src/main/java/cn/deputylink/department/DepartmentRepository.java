package cn.deputylink.department;

import cn.deputylink.shared.geo.AdministrativeLevel;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    Optional<Department> findByCode(String code);

    boolean existsByCode(String code);

    @Query("""
            select d from Department d
            where (:level is null or d.level = :level)
              and (:q is null or d.name like concat('%', :q, '%') or d.code like concat('%', :q, '%'))
            """)
    Page<Department> search(AdministrativeLevel level, String q, Pageable pageable);
}
