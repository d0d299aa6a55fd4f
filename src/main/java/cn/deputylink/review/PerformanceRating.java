package cn.deputylink.review;

/** 履职评价等次; the codes are the outputs of processes/performance-rating.dmn. */
public enum PerformanceRating {
    EXCELLENT("优秀"),
    COMPETENT("称职"),
    BASICALLY_COMPETENT("基本称职"),
    INCOMPETENT("不称职");

    private final String label;

    PerformanceRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
