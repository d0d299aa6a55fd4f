package cn.deputylink.opinion;

/** Entries of a case's timeline (办理过程). */
public enum OpinionEventType {
    RECEIVED("收到意见"),
    TRIAGED("完成研判"),
    ESCALATED("提交上级"),
    ASSIGNED("交办承办单位"),
    REMINDED("期限提醒"),
    OVERDUE("办理超期"),
    SUPERVISED("督办"),
    RETURNED("承办单位退回"),
    REPLIED("承办单位答复"),
    ANSWERED_ON_SITE("现场答复"),
    FEEDBACK("群众评价"),
    REHANDLING("重新办理"),
    MERGED("并案"),
    MERGED_IN("并入相同诉求"),
    HANDED_OVER("转为代表建议"),
    REJECTED("不予受理"),
    ARCHIVED("办结归档"),
    ACCESS_REISSUED("重新生成查询码");

    private final String label;

    OpinionEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
