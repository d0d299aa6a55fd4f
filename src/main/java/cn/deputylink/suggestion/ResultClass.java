package cn.deputylink.suggestion;

/** The result class of a reply (办理结果分类). */
public enum ResultClass {
    A("A类（已解决或采纳）"),
    B("B类（正在解决或列入计划）"),
    C("C类（因条件限制暂不能解决）"),
    D("D类（留作参考）");

    private final String label;

    ResultClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
