package cn.deputylink.shared.privacy;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContactAccessRepository extends JpaRepository<ContactAccess, Long> {

    @Query("""
            select a from ContactAccess a
            where (:caseRef is null or a.caseRef = :caseRef)
              and (:userId is null or a.userId = :userId)
            """)
    Page<ContactAccess> search(String caseRef, String userId, Pageable pageable);
}
