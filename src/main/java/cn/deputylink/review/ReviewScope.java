package cn.deputylink.review;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.deputy.Deputy;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The deputies a campaign reviews, read in id order with a keyset cursor so that each batch
 * costs the same at deputy 12,000 as at deputy 1, and only the columns a batch needs.
 */
public interface ReviewScope extends Repository<Deputy, Long> {

    @Query("select count(d) from Deputy d where d.active = true")
    long countAll();

    @Query("select count(d) from Deputy d where d.active = true and :level member of d.levels")
    long countAtLevel(CongressLevel level);

    @Query("select d.id from Deputy d where d.active = true and d.id > :after order by d.id")
    List<Long> nextIds(long after, Pageable limit);

    @Query("select d.id from Deputy d where d.active = true and d.id > :after and :level member of d.levels order by d.id")
    List<Long> nextIdsAtLevel(CongressLevel level, long after, Pageable limit);

    @Query("select d.id as id, d.code as code, d.userId as userId from Deputy d where d.id in :ids")
    List<DeputyRef> refs(Collection<Long> ids);

    interface DeputyRef {
        Long getId();

        String getCode();

        String getUserId();
    }
}
