package cn.deputylink.vote.congress;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.deputy.Deputy;
import cn.deputylink.station.LiaisonStation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * 人民代表大会 of a county or township, whose deputies vote on the livelihood projects. The
 * Camunda group {@code congress-<code>} holds its deputies' logins (inspection tasks go there).
 */
@Entity
@Table(name = "congress")
public class Congress {

    public static final String GROUP_PREFIX = "congress-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "congress_level", nullable = false, length = 16)
    private CongressLevel level;

    /** The home whose subtree is the congress's region (for DERIVED membership). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_station_id")
    private LiaisonStation region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MembershipMode membership;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "congress_member", joinColumns = @JoinColumn(name = "congress_id"),
            inverseJoinColumns = @JoinColumn(name = "deputy_id"))
    private Set<Deputy> members = new LinkedHashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Congress() {
    }

    public Congress(String code, String name, CongressLevel level, MembershipMode membership) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.membership = membership;
    }

    public String groupId() {
        return GROUP_PREFIX + code;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CongressLevel getLevel() {
        return level;
    }

    public void setLevel(CongressLevel level) {
        this.level = level;
    }

    public LiaisonStation getRegion() {
        return region;
    }

    public void setRegion(LiaisonStation region) {
        this.region = region;
    }

    public MembershipMode getMembership() {
        return membership;
    }

    public void setMembership(MembershipMode membership) {
        this.membership = membership;
    }

    /** The listed members; meaningful for EXPLICIT membership only. */
    public Set<Deputy> getMembers() {
        return members;
    }

    public void setMembers(Set<Deputy> members) {
        this.members.clear();
        this.members.addAll(members);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
