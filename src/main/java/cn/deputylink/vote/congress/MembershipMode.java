package cn.deputylink.vote.congress;

/** How a congress knows its deputies. */
public enum MembershipMode {
    /** A list kept by the liaison office (e.g. after a by-election, or a joint session). */
    EXPLICIT("按名单"),
    /** From the registry: active deputies of the congress's level, within its region if one is set. */
    DERIVED("按代表层级和区域");

    private final String label;

    MembershipMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
