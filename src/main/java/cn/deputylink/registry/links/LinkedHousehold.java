package cn.deputylink.registry.links;

import cn.deputylink.deputy.Deputy;
import cn.deputylink.station.LiaisonStation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A household a deputy links (代表联系群众). The head's name and phone are personal data: they
 * stay in this table and appear masked in every list, export and API answer.
 */
@Entity
@Table(name = "linked_household")
public class LinkedHousehold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deputy_id", nullable = false)
    private Deputy deputy;

    /** Where the household lives (its village station or room); the township is found from it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "station_id", nullable = false)
    private LiaisonStation station;

    @Column(name = "head_name", nullable = false, length = 50)
    private String headName;

    @Column(name = "head_phone", nullable = false, length = 20)
    private String headPhone;

    @Column(length = 200)
    private String address;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected LinkedHousehold() {
    }

    public LinkedHousehold(Deputy deputy, LiaisonStation station, String headName, String headPhone, String address,
                           Instant createdAt) {
        this.deputy = deputy;
        this.station = station;
        this.headName = headName;
        this.headPhone = headPhone;
        this.address = address;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Deputy getDeputy() {
        return deputy;
    }

    public LiaisonStation getStation() {
        return station;
    }

    public String getHeadName() {
        return headName;
    }

    public String getHeadPhone() {
        return headPhone;
    }

    public String getAddress() {
        return address;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
