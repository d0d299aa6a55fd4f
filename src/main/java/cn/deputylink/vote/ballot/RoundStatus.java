package cn.deputylink.vote.ballot;

/** PENDING → OPEN (ballots accepted) → COUNTING (voting ended, paper ballots entered) → CLOSED or VOID. */
public enum RoundStatus {
    PENDING("待开始"),
    OPEN("投票中"),
    COUNTING("计票中"),
    CLOSED("已计票"),
    VOID("本轮无效");

    private final String label;

    RoundStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Counts of this round may be shown: it has been tallied. */
    public boolean tallied() {
        return this == CLOSED || this == VOID;
    }
}
