package cn.deputylink.opinion;

/** The citizen's rating of a reply, process variable {@code rating}. */
public enum Rating {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    UNSATISFIED("不满意");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Rating parse(String code) {
        for (Rating r : values()) {
            if (r.name().equals(code)) {
                return r;
            }
        }
        return null;
    }
}
