package cn.deputylink.vote;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RollEntryRepository extends JpaRepository<RollEntry, RollEntry.Key> {

    @Query("select r from RollEntry r join fetch r.deputy d where r.key.voteId = :voteId order by d.code")
    List<RollEntry> findRoll(Long voteId);

    @Query("select r from RollEntry r join fetch r.deputy d where r.key.voteId = :voteId and d.userId = :userId")
    Optional<RollEntry> findByUser(Long voteId, String userId);

    @Query("select r from RollEntry r join fetch r.deputy d where r.key.voteId = :voteId and d.code = :deputyCode")
    Optional<RollEntry> findByDeputyCode(Long voteId, String deputyCode);

    @Query("select count(r) from RollEntry r where r.key.voteId = :voteId")
    int countRoll(Long voteId);

    @Query("select count(r) from RollEntry r where r.key.voteId = :voteId and r.present = true")
    int countPresent(Long voteId);
}
