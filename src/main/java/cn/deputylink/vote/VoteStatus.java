package cn.deputylink.vote;

/** Where a vote stands; the process moves it, the API refuses what the status does not allow. */
public enum VoteStatus {
    PLANNED("待开始征集"),
    COLLECTING("征集中"),
    SCREENING("初定中"),
    AWAITING_APPROVAL("待审定"),
    CANDIDATES_PUBLISHED("候选项目已送达代表"),
    IN_SESSION("大会进行中"),
    BALLOT_OPEN("投票中"),
    COUNTING("计票中"),
    RESULT_PUBLISHED("票决结果已公布"),
    COMPLETED("已办结");

    private final String label;

    VoteStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Before the candidate list is fixed and sent out. */
    public boolean beforeCandidateList() {
        return ordinal() < CANDIDATES_PUBLISHED.ordinal();
    }
}
