package cn.deputylink.registry.term;

import cn.deputylink.deputy.Deputy;
import jakarta.persistence.Column;
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
import java.time.LocalDate;

/** A deputy's seat in one term: from election or by-election until the term ends or they leave. */
@Entity
@Table(name = "term_membership")
public class TermMembership {

    /** How the deputy came into the term. */
    public enum JoinedBy {
        ELECTION("换届选举"),
        BY_ELECTION("补选");

        private final String label;

        JoinedBy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false)
    private CongressTerm term;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deputy_id", nullable = false)
    private Deputy deputy;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "joined_by", nullable = false, length = 16)
    private JoinedBy joinedBy;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "leave_reason", length = 200)
    private String leaveReason;

    @Version
    private long version;

    protected TermMembership() {
    }

    public TermMembership(CongressTerm term, Deputy deputy, LocalDate joinedOn, JoinedBy joinedBy) {
        this.term = term;
        this.deputy = deputy;
        this.joinedOn = joinedOn;
        this.joinedBy = joinedBy;
    }

    public void end(LocalDate on, String reason) {
        this.leftOn = on;
        this.leaveReason = reason;
    }

    public boolean isOpen() {
        return leftOn == null;
    }

    public Long getId() {
        return id;
    }

    public CongressTerm getTerm() {
        return term;
    }

    public Deputy getDeputy() {
        return deputy;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public JoinedBy getJoinedBy() {
        return joinedBy;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public String getLeaveReason() {
        return leaveReason;
    }
}
