package cn.deputylink.vote;

import cn.deputylink.vote.congress.Congress;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One year's livelihood-project vote of one congress (民生实事项目票决), business key
 * {@code PJ-<year>-<congress code>}: the collection window, the session date, the ballot rules
 * and where the vote stands. Proposals, candidates, rounds and projects hang off it.
 */
@Entity
@Table(name = "livelihood_vote")
public class LivelihoodVote {

    public static final String KEY_PREFIX = "PJ";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_key", nullable = false, unique = true, length = 64)
    private String businessKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "congress_id", nullable = false)
    private Congress congress;

    @Column(name = "vote_year", nullable = false)
    private int voteYear;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private VoteStatus status = VoteStatus.PLANNED;

    @Column(name = "collection_opens_at", nullable = false)
    private Instant collectionOpensAt;

    @Column(name = "collection_closes_at", nullable = false)
    private Instant collectionClosesAt;

    @Column(name = "session_date", nullable = false)
    private Instant sessionDate;

    @Embedded
    private BallotRules rules;

    /** Set when the first round opens; the rules cannot change afterwards. */
    @Column(name = "rules_frozen_at")
    private Instant rulesFrozenAt;

    @Column(name = "result_summary", length = 1000)
    private String resultSummary;

    @Column(name = "result_published_at")
    private Instant resultPublishedAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected LivelihoodVote() {
    }

    public LivelihoodVote(Congress congress, int voteYear, String title, Instant collectionOpensAt,
                          Instant collectionClosesAt, Instant sessionDate, BallotRules rules, String createdBy,
                          Instant createdAt) {
        this.congress = congress;
        this.voteYear = voteYear;
        this.businessKey = businessKey(voteYear, congress.getCode());
        this.title = title;
        this.collectionOpensAt = collectionOpensAt;
        this.collectionClosesAt = collectionClosesAt;
        this.sessionDate = sessionDate;
        this.rules = rules;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public static String businessKey(int year, String congressCode) {
        return KEY_PREFIX + "-" + year + "-" + congressCode;
    }

    public boolean rulesFrozen() {
        return rulesFrozenAt != null;
    }

    public void freezeRules(Instant at) {
        if (rulesFrozenAt == null) {
            rulesFrozenAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public Congress getCongress() {
        return congress;
    }

    public int getVoteYear() {
        return voteYear;
    }

    public String getTitle() {
        return title;
    }

    public VoteStatus getStatus() {
        return status;
    }

    public void setStatus(VoteStatus status) {
        this.status = status;
    }

    public Instant getCollectionOpensAt() {
        return collectionOpensAt;
    }

    public Instant getCollectionClosesAt() {
        return collectionClosesAt;
    }

    public void setCollectionClosesAt(Instant collectionClosesAt) {
        this.collectionClosesAt = collectionClosesAt;
    }

    public Instant getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(Instant sessionDate) {
        this.sessionDate = sessionDate;
    }

    public BallotRules getRules() {
        return rules;
    }

    public void setRules(BallotRules rules) {
        this.rules = rules;
    }

    public Instant getRulesFrozenAt() {
        return rulesFrozenAt;
    }

    public String getResultSummary() {
        return resultSummary;
    }

    public Instant getResultPublishedAt() {
        return resultPublishedAt;
    }

    public void publishResult(String summary, Instant at) {
        this.resultSummary = summary;
        if (resultPublishedAt == null) {
            this.resultPublishedAt = at;
        }
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
