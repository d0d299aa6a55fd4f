package cn.deputylink.suggestion;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

    Optional<Suggestion> findByBusinessKey(String businessKey);

    Optional<Suggestion> findByOpinionId(Long opinionId);

    /** The suggestions of a year that were admitted and assigned, optionally of one lead department. */
    @org.springframework.data.jpa.repository.QueryHints(@jakarta.persistence.QueryHint(
            name = org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, value = "true"))
    @Query("""
            select s from Suggestion s
            where s.submissionYear = :year and s.leadDepartment is not null
              and (:department is null or s.leadDepartment = :department)
            """)
    List<Suggestion> findAssigned(int year, String department);

    @Query("select count(s) from Suggestion s where s.submissionYear = :year")
    long countSubmitted(int year);

    @Query("select count(s) from Suggestion s where s.submissionYear = :year and s.status = :status")
    long countByStatus(int year, SuggestionStatus status);

    /** Everything a caller may list: signed by the user, assigned to one of the departments, or all. */
    @Query("""
            select distinct s from Suggestion s
            where (:all = true
                   or exists (select 1 from SuggestionSigner g where g.suggestion = s and g.deputy.userId = :userId)
                   or exists (select 1 from SuggestionDepartment d where d.suggestion = s and d.active = true
                              and d.departmentCode in :departments))
              and (:year is null or s.submissionYear = :year)
              and (:status is null or s.status = :status)
            """)
    Page<Suggestion> visible(boolean all, String userId, List<String> departments, Integer year,
                             SuggestionStatus status, Pageable pageable);
}
