package cn.deputylink.vote.project;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RatingRegisterRepository extends JpaRepository<RatingRegisterEntry, RatingRegisterEntry.Key> {

    @Query("select count(r) > 0 from RatingRegisterEntry r where r.key.projectId = :projectId and r.key.deputyId = :deputyId")
    boolean hasRated(Long projectId, Long deputyId);
}
