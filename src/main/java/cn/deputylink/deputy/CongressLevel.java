package cn.deputylink.deputy;

/** 五级人大代表. */
public enum CongressLevel {
    NATIONAL("全国人大代表"),
    PROVINCIAL("省人大代表"),
    CITY("市人大代表"),
    COUNTY("县（市、区）人大代表"),
    TOWNSHIP("乡镇人大代表");

    private final String label;

    CongressLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
