package cn.deputylink.registry.links;

import cn.deputylink.deputy.Deputy;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommitteeLinkRepository extends JpaRepository<CommitteeLink, Long> {

    boolean existsByMemberAndDeputy(Deputy member, Deputy deputy);

    @Query("select l from CommitteeLink l join fetch l.deputy where l.member = :member order by l.deputy.code")
    List<CommitteeLink> findByMember(Deputy member);

    @Query("select l from CommitteeLink l join fetch l.member where l.deputy = :deputy order by l.member.code")
    List<CommitteeLink> findByDeputy(Deputy deputy);

    @Query("select l from CommitteeLink l join fetch l.member join fetch l.deputy order by l.member.code, l.deputy.code")
    List<CommitteeLink> findAllOrdered();
}
