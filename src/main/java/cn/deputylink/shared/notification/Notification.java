package cn.deputylink.shared.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message to a user, a group's inbox, or a citizen (by SMS). A citizen's row names the case,
 * never the phone number; the number is read from the case when the message is sent.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public enum RecipientType { USER, GROUP, CITIZEN }

    public enum Channel { INBOX, SMS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type", nullable = false, length = 16)
    private RecipientType recipientType;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String body;

    @Column(name = "business_key", length = 64)
    private String businessKey;

    /** Makes sending idempotent for retried jobs: one message per dedupe key. */
    @Column(name = "dedupe_key", length = 200, unique = true)
    private String dedupeKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(RecipientType recipientType, String recipient, Channel channel, String title, String body,
                 String businessKey, String dedupeKey, Instant createdAt) {
        this.recipientType = recipientType;
        this.recipient = recipient;
        this.channel = channel;
        this.title = title;
        this.body = body;
        this.businessKey = businessKey;
        this.dedupeKey = dedupeKey;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public RecipientType getRecipientType() {
        return recipientType;
    }

    public String getRecipient() {
        return recipient;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
