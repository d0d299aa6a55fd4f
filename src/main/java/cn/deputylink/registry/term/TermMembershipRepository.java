package cn.deputylink.registry.term;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.deputy.Deputy;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TermMembershipRepository extends JpaRepository<TermMembership, Long> {

    Optional<TermMembership> findByTermAndDeputy(CongressTerm term, Deputy deputy);

    @Query("select m from TermMembership m join fetch m.term where m.deputy = :deputy order by m.joinedOn desc, m.id desc")
    List<TermMembership> findByDeputy(Deputy deputy);

    @Query("select m from TermMembership m join fetch m.deputy where m.term = :term order by m.deputy.code")
    List<TermMembership> findByTerm(CongressTerm term);

    @Query("""
            select m from TermMembership m join fetch m.deputy
            where m.term.level = :level and m.term <> :except and m.leftOn is null
            """)
    List<TermMembership> findOpenOfLevelExcept(CongressLevel level, CongressTerm except);

    @Query("select count(m) from TermMembership m where m.deputy = :deputy and m.leftOn is null")
    long countOpen(Deputy deputy);

    @Query("select count(m) from TermMembership m where m.term = :term and m.leftOn is null")
    long countOpenIn(CongressTerm term);
}
