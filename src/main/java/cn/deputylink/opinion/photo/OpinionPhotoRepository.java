package cn.deputylink.opinion.photo;

import cn.deputylink.opinion.Opinion;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OpinionPhotoRepository extends JpaRepository<OpinionPhoto, Long> {

    /** The photos' facts without their bytes. */
    @Query("select new cn.deputylink.opinion.photo.OpinionPhotos$PhotoInfo(p.position, p.width, p.height, p.sizeBytes) "
            + "from OpinionPhoto p where p.opinion = :opinion order by p.position")
    List<OpinionPhotos.PhotoInfo> describe(Opinion opinion);

    Optional<OpinionPhoto> findByOpinionAndPosition(Opinion opinion, int position);

    boolean existsByOpinion(Opinion opinion);

    @Modifying
    @Query("delete from OpinionPhoto p where p.opinion = :opinion")
    int deleteByOpinion(Opinion opinion);
}
