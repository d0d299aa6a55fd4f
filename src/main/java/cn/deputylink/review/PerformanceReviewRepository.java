package cn.deputylink.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PerformanceReviewRepository extends JpaRepository<PerformanceReview, Long> {

    @Query("select r from PerformanceReview r join fetch r.deputy where r.businessKey = :businessKey")
    Optional<PerformanceReview> findByBusinessKey(String businessKey);

    @Query("select r from PerformanceReview r join fetch r.deputy where r.appraisalToken = :token")
    Optional<PerformanceReview> findByAppraisalToken(String token);

    /** Of these deputies, those who already have a review in the year. */
    @Query("select r.deputy.id from PerformanceReview r where r.reviewYear = :year and r.deputy.id in :deputyIds")
    List<Long> findReviewedDeputyIds(int year, Collection<Long> deputyIds);

    @Query("select r.status as key, count(r) as entries from PerformanceReview r where r.campaign.id = :campaignId group by r.status")
    List<KeyCount> countByStatus(Long campaignId);

    @Query("""
            select r.rating as key, count(r) as entries from PerformanceReview r
            where r.campaign.id = :campaignId and r.status = cn.deputylink.review.ReviewStatus.ARCHIVED
            group by r.rating
            """)
    List<KeyCount> countArchivedByRating(Long campaignId);

    @Query("select count(r) from PerformanceReview r where r.campaign.id = :campaignId and r.status <> cn.deputylink.review.ReviewStatus.ARCHIVED")
    long countOpen(Long campaignId);

    @Query(value = """
            select r from PerformanceReview r join fetch r.deputy d
            where r.campaign.id = :campaignId and (:status is null or r.status = :status)
            """, countQuery = """
            select count(r) from PerformanceReview r
            where r.campaign.id = :campaignId and (:status is null or r.status = :status)
            """)
    Page<PerformanceReview> findByCampaign(Long campaignId, ReviewStatus status, Pageable pageable);

    @Query("select r from PerformanceReview r join fetch r.deputy where r.campaign.id = :campaignId order by r.id")
    List<PerformanceReview> findAllByCampaign(Long campaignId);

    @Query(value = """
            select r from PerformanceReview r join fetch r.deputy
            where r.status = cn.deputylink.review.ReviewStatus.NOTICE and (:year is null or r.reviewYear = :year)
            """, countQuery = """
            select count(r) from PerformanceReview r
            where r.status = cn.deputylink.review.ReviewStatus.NOTICE and (:year is null or r.reviewYear = :year)
            """)
    Page<PerformanceReview> findInNotice(Integer year, Pageable pageable);

    @Query("select r from PerformanceReview r join fetch r.campaign where r.deputy.id = :deputyId order by r.reviewYear desc")
    List<PerformanceReview> findByDeputy(Long deputyId);

    interface KeyCount {
        Object getKey();

        long getEntries();
    }
}
