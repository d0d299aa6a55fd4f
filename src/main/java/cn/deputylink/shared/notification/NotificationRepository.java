package cn.deputylink.shared.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByDedupeKey(String dedupeKey);

    /** The newest messages of one channel (the demo SMS outbox). */
    List<Notification> findByChannelOrderByIdDesc(Notification.Channel channel, Pageable page);

    List<Notification> findByBusinessKeyOrderByIdAsc(String businessKey);

    @Query("""
            select n from Notification n
            where (n.recipientType = cn.deputylink.shared.notification.Notification.RecipientType.USER and n.recipient = :userId)
               or (n.recipientType = cn.deputylink.shared.notification.Notification.RecipientType.GROUP and n.recipient in :groups)
            order by n.id desc
            """)
    List<Notification> inbox(String userId, Collection<String> groups, Pageable page);
}
