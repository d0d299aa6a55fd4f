package cn.deputylink.suggestion;

/** The office's answer to a lead department's extension request. */
public enum ExtensionDecision {
    PENDING("待审批"),
    APPROVED("已批准"),
    REFUSED("不予批准");

    private final String label;

    ExtensionDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
