package cn.deputylink.deputy;

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

/** 代表小组: deputies grouped by place, or a professional group (专业代表小组). */
@Entity
@Table(name = "deputy_group")
public class DeputyGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    /** The home or station where the group meets. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "station_id")
    private LiaisonStation station;

    /** For a professional group: its field, e.g. 教科文卫. */
    @Column(length = 100)
    private String specialty;

    @Version
    private long version;

    protected DeputyGroup() {
    }

    public DeputyGroup(String code, String name) {
        this.code = code;
        this.name = name;
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

    public LiaisonStation getStation() {
        return station;
    }

    public void setStation(LiaisonStation station) {
        this.station = station;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }
}
