package cn.deputylink.suggestion;

/** Entries of a suggestion's journal. */
public enum SuggestionEventType {
    SUBMITTED("提交建议"),
    RETURNED("退回修改"),
    RESUBMITTED("修改后重新提交"),
    WITHDRAWN("撤回建议"),
    CONVERTED_TO_LETTER("转为来信办理"),
    ASSIGNED("交办"),
    NOT_OURS("主办单位申请改办"),
    CO_HANDLER_OPINION("协办意见"),
    CONSULTATION("面商"),
    CONSULTATION_WAIVED("代表表示无需面商"),
    EXTENSION_REQUESTED("申请延期"),
    EXTENSION_APPROVED("批准延期"),
    EXTENSION_REFUSED("不予延期"),
    OVERDUE("办理超期"),
    REPLIED("办复"),
    RATED("代表评价"),
    FOLLOW_UP_REPORT("B类落实进展"),
    RESOLVED("B类已落实解决"),
    KEY_PROGRESS("重点建议进展报告"),
    SUPERVISION("督办意见"),
    CO_HANDLERS_REMINDED("催办协办单位"),
    CLOSED("办结");

    private final String label;

    SuggestionEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
