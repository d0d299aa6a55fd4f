package cn.deputylink.suggestion;

/** The liaison office's admission decision (审核准入). */
public enum Admission {
    ACCEPT("立案交办"),
    RETURN("退回修改"),
    CONVERT_TO_LETTER("转为来信");

    private final String label;

    Admission(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
