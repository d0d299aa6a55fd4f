package cn.deputylink.shared.geo;

/** The administrative tier a station, department or office belongs to. */
public enum AdministrativeLevel {
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级"),
    TOWNSHIP("乡镇（街道）级"),
    VILLAGE("村（社区）级");

    private final String label;

    AdministrativeLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The tier directly above, or null at the top. */
    public AdministrativeLevel parent() {
        return this == PROVINCE ? null : values()[ordinal() - 1];
    }
}
