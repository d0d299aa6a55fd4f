package cn.deputylink.suggestion;

/** Where a suggestion stands, as the deputy, the office and a citizen see it. */
public enum SuggestionStatus {
    UNDER_REVIEW("审核中"),
    RETURNED("退回修改"),
    WITHDRAWN("已撤回"),
    CONVERTED_TO_LETTER("转为来信办理"),
    HANDLING("办理中"),
    REPLIED("已办复"),
    RE_HANDLING("重新办理"),
    FOLLOW_UP("跟踪落实"),
    CLOSED("已办结");

    private final String label;

    SuggestionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
