package cn.deputylink.review;

public enum ObjectionStatus {
    OPEN("待核查"),
    UPHELD("异议成立"),
    REJECTED("异议不成立");

    private final String label;

    ObjectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
