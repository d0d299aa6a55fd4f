package cn.deputylink.deputy;

import cn.deputylink.station.LiaisonStation;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** 人大代表. One person may sit at several of the five congress levels. */
@Entity
@Table(name = "deputy")
public class Deputy {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 50)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "deputy_level", joinColumns = @JoinColumn(name = "deputy_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 16)
    private Set<CongressLevel> levels = EnumSet.noneOf(CongressLevel.class);

    /** 原选区或选举单位. */
    @Column(nullable = false, length = 200)
    private String constituency;

    /** 应进必进: the homes and stations the deputy has joined. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "deputy_station", joinColumns = @JoinColumn(name = "deputy_id"),
            inverseJoinColumns = @JoinColumn(name = "station_id"))
    private Set<LiaisonStation> stations = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private DeputyGroup group;

    /** 专业代表: the deputy's field, e.g. 教育、医疗卫生、法律. */
    @Column(length = 100)
    private String specialty;

    @Column(name = "work_unit", length = 200)
    private String workUnit;

    /** 届次, e.g. 第十八届（2021—2026）. */
    @Column(nullable = false, length = 100)
    private String term;

    /** The random token behind the deputy's QR code ("码上找代表"); never a sequential id. */
    @Column(name = "public_token", nullable = false, unique = true, length = 32)
    private String publicToken;

    /** 联系群众户数 (each deputy links about ten households). */
    @Column(name = "households_linked", nullable = false)
    private int householdsLinked;

    /** The deputy's Camunda user, who receives the deputy's tasks. */
    @Column(name = "user_id", unique = true, length = 64)
    private String userId;

    /** The deputy's own mobile number (for account notices); masked in lists and exports. */
    @Column(length = 20)
    private String mobile;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Deputy() {
    }

    public Deputy(String code, String name, String constituency, String term) {
        this.code = code;
        this.name = name;
        this.constituency = constituency;
        this.term = term;
        this.publicToken = newToken();
        this.createdAt = Instant.now();
    }

    /** 128 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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

    public Set<CongressLevel> getLevels() {
        return levels;
    }

    public void setLevels(Set<CongressLevel> levels) {
        this.levels.clear();
        this.levels.addAll(levels);
    }

    public String getConstituency() {
        return constituency;
    }

    public void setConstituency(String constituency) {
        this.constituency = constituency;
    }

    public Set<LiaisonStation> getStations() {
        return stations;
    }

    public void setStations(Set<LiaisonStation> stations) {
        this.stations.clear();
        this.stations.addAll(stations);
    }

    public DeputyGroup getGroup() {
        return group;
    }

    public void setGroup(DeputyGroup group) {
        this.group = group;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public String getWorkUnit() {
        return workUnit;
    }

    public void setWorkUnit(String workUnit) {
        this.workUnit = workUnit;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getPublicToken() {
        return publicToken;
    }

    public int getHouseholdsLinked() {
        return householdsLinked;
    }

    public void setHouseholdsLinked(int householdsLinked) {
        this.householdsLinked = householdsLinked;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
