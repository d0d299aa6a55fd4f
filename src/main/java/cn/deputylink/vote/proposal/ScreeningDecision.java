package cn.deputylink.vote.proposal;

/** What screening made of a proposal (初定). */
public enum ScreeningDecision {
    PENDING("待初定"),
    CANDIDATE("列为候选项目"),
    MERGED("合并到其他建议"),
    NOT_TAKEN("未采纳");

    private final String label;

    ScreeningDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
