package cn.deputylink.review;

/** A constituent's rating of their deputy (述职评议): 满意 / 基本满意 / 不满意. */
public enum AppraisalRating {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    UNSATISFIED("不满意");

    private final String label;

    AppraisalRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
