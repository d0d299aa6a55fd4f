package cn.deputylink.registry.term;

import cn.deputylink.deputy.CongressLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** 届: one congress term of one level, e.g. 青山县第十八届人民代表大会 (2021-10 — 2026-09). */
@Entity
@Table(name = "congress_term")
public class CongressTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CongressLevel level;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Version
    private long version;

    protected CongressTerm() {
    }

    public CongressTerm(String code, CongressLevel level, String name, LocalDate startsOn, LocalDate endsOn) {
        this.code = code;
        this.level = level;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** What the deputy's record shows as 届次, e.g. 第十八届（2021—2026）. */
    public String label() {
        return name + "（" + startsOn.getYear() + "—" + endsOn.getYear() + "）";
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public CongressLevel getLevel() {
        return level;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
