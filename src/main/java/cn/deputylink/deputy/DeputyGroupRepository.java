package cn.deputylink.deputy;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DeputyGroupRepository extends JpaRepository<DeputyGroup, Long> {

    Optional<DeputyGroup> findByCode(String code);

    boolean existsByCode(String code);

    @Query("""
            select g from DeputyGroup g
            where (:q is null or g.name like concat('%', :q, '%') or g.code like concat('%', :q, '%'))
            """)
    Page<DeputyGroup> search(String q, Pageable pageable);

    @Query("select count(d) from Deputy d where d.group = :group")
    long countMembers(DeputyGroup group);
}
