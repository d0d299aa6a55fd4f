package cn.deputylink.opinion;

/** What an opinion is about; the routing table (opinion-routing.dmn) proposes a department from it. */
public enum OpinionCategory {
    TRAFFIC("交通出行"),
    HOUSING("住房建设"),
    ENVIRONMENT("生态环境"),
    EDUCATION("教育"),
    HEALTH("医疗卫生"),
    AGRICULTURE("农业农村"),
    CIVIL_AFFAIRS("民政社保"),
    URBAN_MANAGEMENT("城市管理"),
    LEGAL("司法诉讼"),
    OTHER("其他");

    private final String label;

    OpinionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static String labelOf(String code) {
        if (code == null || code.isBlank()) {
            return "未分类";
        }
        for (OpinionCategory c : values()) {
            if (c.name().equals(code)) {
                return c.label;
            }
        }
        return code;
    }
}
