package cn.deputylink.vote.ballot;

/** What a deputy marks against one candidate on a ballot: 赞成 / 反对 / 弃权. */
public enum Mark {
    APPROVE("赞成"),
    OPPOSE("反对"),
    ABSTAIN("弃权");

    private final String label;

    Mark(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
