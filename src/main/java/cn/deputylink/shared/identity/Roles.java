package cn.deputylink.shared.identity;

import java.util.List;

/** The Camunda groups of DESIGN §1. Tasks are routed to these ids by candidate group. */
public final class Roles {

    public static final String LIAISON_STAFF = "liaison-staff";
    public static final String LIAISON_OFFICE = "liaison-office";
    public static final String SUPERVISORS = "supervisors";
    public static final String DEPUTIES = "deputies";
    public static final String GOV_OFFICE = "gov-office";
    public static final String PARTY_OFFICE = "party-office";
    public static final String ADMIN = "camunda-admin";

    public static final String DEPARTMENT_PREFIX = "dept-";
    public static final String STATION_PREFIX = "station-";

    /** Role groups and their Chinese names, created on every start in every profile. */
    public static final List<RoleGroup> ROLE_GROUPS = List.of(
            new RoleGroup(LIAISON_STAFF, "家站室工作人员"),
            new RoleGroup(LIAISON_OFFICE, "人大代表工委（联络科）"),
            new RoleGroup(SUPERVISORS, "常委会领导（督办）"),
            new RoleGroup(DEPUTIES, "人大代表"),
            new RoleGroup(GOV_OFFICE, "政府办"),
            new RoleGroup(PARTY_OFFICE, "党委办"));

    private Roles() {
    }

    public static String departmentGroup(String departmentCode) {
        return DEPARTMENT_PREFIX + departmentCode;
    }

    public static String stationGroup(String stationCode) {
        return STATION_PREFIX + stationCode;
    }

    public record RoleGroup(String id, String name) {
    }
}
