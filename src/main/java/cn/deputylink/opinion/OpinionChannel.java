package cn.deputylink.opinion;

/** How an opinion reached us (DESIGN §4.1 step 1). */
public enum OpinionChannel {
    PUBLIC_WEB("网上提交"),
    DEPUTY_QR("码上找代表"),
    RECEPTION_DAY("接待选民日"),
    DEPUTY_VISIT("代表走访"),
    HOTLINE_12345("12345热线");

    private final String label;

    OpinionChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
