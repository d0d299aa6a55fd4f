package cn.deputylink.registry.account;

/** Whose account it is: a deputy's, a station staff member's or a department user's. */
public enum AccountKind {
    DEPUTY("代表"),
    STATION_STAFF("站点工作人员"),
    DEPARTMENT("承办单位工作人员");

    private final String label;

    AccountKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind from its Chinese label (Excel) or its name; null when neither. */
    public static AccountKind parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (AccountKind k : values()) {
            if (k.label.equals(t) || k.name().equalsIgnoreCase(t)) {
                return k;
            }
        }
        return "承办单位".equals(t) ? DEPARTMENT : null;
    }
}
