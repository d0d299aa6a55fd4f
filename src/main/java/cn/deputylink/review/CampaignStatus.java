package cn.deputylink.review;

public enum CampaignStatus {
    /** Deputy reviews are being created batch by batch. */
    CREATING("正在创建代表评议"),
    /** Every review exists; deputies report, voters appraise, the committee reviews. */
    RUNNING("评议进行中"),
    CLOSED("已结束");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
