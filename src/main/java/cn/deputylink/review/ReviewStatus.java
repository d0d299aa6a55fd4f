package cn.deputylink.review;

/** Where one deputy's review stands; set by the service tasks of deputy-review. */
public enum ReviewStatus {
    SCORING("计算履职积分"),
    DUTY_REPORT("待提交述职报告"),
    APPRAISAL("选民评议中"),
    COMMITTEE("评议委员会审核"),
    NOTICE("公示中"),
    ARCHIVED("已归档");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
