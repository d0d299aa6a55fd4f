package cn.deputylink.registry.links;

import cn.deputylink.deputy.Deputy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** 常委会组成人员联系代表: a standing-committee member (a deputy) links a deputy. */
@Entity
@Table(name = "committee_link")
public class CommitteeLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Deputy member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deputy_id", nullable = false)
    private Deputy deputy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CommitteeLink() {
    }

    public CommitteeLink(Deputy member, Deputy deputy, Instant createdAt) {
        this.member = member;
        this.deputy = deputy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Deputy getMember() {
        return member;
    }

    public Deputy getDeputy() {
        return deputy;
    }
}
