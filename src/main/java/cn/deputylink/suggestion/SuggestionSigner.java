package cn.deputylink.suggestion;

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

/** A deputy who signed a suggestion: the 领衔代表 (lead signer) or a 联名代表 (co-signer). */
@Entity
@Table(name = "suggestion_signer")
public class SuggestionSigner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggestion_id", nullable = false)
    private Suggestion suggestion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deputy_id", nullable = false)
    private Deputy deputy;

    @Column(name = "lead_signer", nullable = false)
    private boolean leadSigner;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected SuggestionSigner() {
    }

    SuggestionSigner(Suggestion suggestion, Deputy deputy, boolean leadSigner, int sortOrder) {
        this.suggestion = suggestion;
        this.deputy = deputy;
        this.leadSigner = leadSigner;
        this.sortOrder = sortOrder;
    }

    public Deputy getDeputy() {
        return deputy;
    }

    public boolean isLeadSigner() {
        return leadSigner;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
