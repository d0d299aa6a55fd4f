package cn.deputylink.vote.ballot;

public enum RoundKind {
    MAIN("正式投票"),
    REPEAT("重新投票"),
    RUNOFF("另行投票");

    private final String label;

    RoundKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
