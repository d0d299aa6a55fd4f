package cn.deputylink.opinion;

/** How a closed case ended; the statistics count these. */
public enum OpinionOutcome {
    ANSWERED_ON_SITE("现场答复办结"),
    REJECTED("不予受理"),
    HANDED_OVER("已转为代表建议"),
    SATISFIED("群众满意"),
    BASICALLY_SATISFIED("群众基本满意"),
    NOT_RATED("未评价办结"),
    UNSATISFIED("群众不满意，督办后办结");

    private final String label;

    OpinionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
