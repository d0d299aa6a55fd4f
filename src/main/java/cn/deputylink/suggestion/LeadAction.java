package cn.deputylink.suggestion;

/** The lead department's first step: consulted, consultation waived by the deputy, or not its business. */
public enum LeadAction {
    CONSULTED("已面商"),
    WAIVED("代表表示无需面商"),
    NOT_OURS("非本单位职责");

    private final String label;

    LeadAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
