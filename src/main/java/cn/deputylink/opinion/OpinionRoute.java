package cn.deputylink.opinion;

/** The triage decision, process variable {@code route} (seed 004 (七): 分级分类处理). */
public enum OpinionRoute {
    ON_SITE("现场答复"),
    LOCAL("本级交办"),
    UPPER("提交上级"),
    SUGGESTION("转为代表建议"),
    REJECT("不予受理");

    private final String label;

    OpinionRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
