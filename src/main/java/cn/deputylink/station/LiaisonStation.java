package cn.deputylink.station;

import cn.deputylink.shared.geo.AdministrativeLevel;
import cn.deputylink.shared.identity.Roles;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.LinkedHashSet;
import java.util.Set;

/** A deputies' home, liaison station or liaison room (代表之家 / 代表联络站 / 代表联络室). */
@Entity
@Table(name = "liaison_station")
public class LiaisonStation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StationTier tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "administrative_level", nullable = false, length = 16)
    private AdministrativeLevel administrativeLevel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private LiaisonStation parent;

    @Column(length = 300)
    private String address;

    @Column(name = "open_hours", length = 200)
    private String openHours;

    /** 接待选民日: days of the month on which deputies receive constituents here, e.g. "10,25". */
    @Column(name = "reception_days", length = 100)
    private String receptionDays;

    /** Camunda user ids of the station's staff; mirrored into group {@code station-<code>}. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "station_staff", joinColumns = @JoinColumn(name = "station_id"))
    @Column(name = "user_id", nullable = false, length = 64)
    private Set<String> staffUserIds = new LinkedHashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected LiaisonStation() {
    }

    public LiaisonStation(String code, String name, StationTier tier, AdministrativeLevel administrativeLevel) {
        this.code = code;
        this.name = name;
        this.tier = tier;
        this.administrativeLevel = administrativeLevel;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** The Camunda group of this station's staff, e.g. {@code station-ty-xl}. */
    public String groupId() {
        return Roles.stationGroup(code);
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
        touch();
    }

    public StationTier getTier() {
        return tier;
    }

    public AdministrativeLevel getAdministrativeLevel() {
        return administrativeLevel;
    }

    public LiaisonStation getParent() {
        return parent;
    }

    public void setParent(LiaisonStation parent) {
        this.parent = parent;
        touch();
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
        touch();
    }

    public String getOpenHours() {
        return openHours;
    }

    public void setOpenHours(String openHours) {
        this.openHours = openHours;
        touch();
    }

    public String getReceptionDays() {
        return receptionDays;
    }

    public void setReceptionDays(String receptionDays) {
        this.receptionDays = receptionDays;
        touch();
    }

    public Set<String> getStaffUserIds() {
        return staffUserIds;
    }

    public void setStaffUserIds(Set<String> staffUserIds) {
        this.staffUserIds.clear();
        this.staffUserIds.addAll(staffUserIds);
        touch();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
        touch();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }
}
