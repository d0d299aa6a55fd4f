package cn.deputylink.registry.links;

/** How a deputy contacted a linked household. */
public enum ContactMethod {
    VISIT("走访"),
    PHONE("电话"),
    MEETING("座谈");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ContactMethod parse(String text) {
        if (text == null) {
            return null;
        }
        for (ContactMethod m : values()) {
            if (m.label.equals(text.strip()) || m.name().equalsIgnoreCase(text.strip())) {
                return m;
            }
        }
        return null;
    }
}
