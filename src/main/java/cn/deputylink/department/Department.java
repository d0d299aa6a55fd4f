package cn.deputylink.department;

import cn.deputylink.shared.geo.AdministrativeLevel;
import cn.deputylink.shared.identity.Roles;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 承办单位: a government department that handles assigned opinions and suggestions. */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AdministrativeLevel level;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Department() {
    }

    public Department(String code, String name, AdministrativeLevel level) {
        this.code = code;
        this.name = name;
        this.level = level;
    }

    /** The Camunda group whose members work this department's tasks: {@code dept-<code>}. */
    public String groupId() {
        return Roles.departmentGroup(code);
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

    public AdministrativeLevel getLevel() {
        return level;
    }

    public void setLevel(AdministrativeLevel level) {
        this.level = level;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
