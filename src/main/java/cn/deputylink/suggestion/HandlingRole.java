package cn.deputylink.suggestion;

/** A department's part in handling a suggestion. */
public enum HandlingRole {
    LEAD("主办"),
    CO_HANDLER("协办");

    private final String label;

    HandlingRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
