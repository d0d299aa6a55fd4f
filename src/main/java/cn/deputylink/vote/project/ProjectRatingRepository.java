package cn.deputylink.vote.project;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectRatingRepository extends JpaRepository<ProjectRating, String> {

    @Query("select count(r) from ProjectRating r where r.projectId = :projectId and r.rating = :rating")
    int countByProjectAndRating(Long projectId, Satisfaction rating);
}
