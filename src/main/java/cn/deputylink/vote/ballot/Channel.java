package cn.deputylink.vote.ballot;

/** How a deputy received a ballot: cast electronically, or a paper ballot handed out by a teller. */
public enum Channel {
    ELECTRONIC("电子表决"),
    PAPER("纸质选票");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
