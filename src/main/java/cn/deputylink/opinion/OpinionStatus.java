package cn.deputylink.opinion;

/** Where a case stands, as staff and citizens see it. */
public enum OpinionStatus {
    TRIAGE("梳理研判中"),
    HANDLING("承办单位办理中"),
    WAITING_FEEDBACK("已答复，待评价"),
    SUPERVISION("督办中"),
    CLOSED("已办结"),
    MERGED("已并案");

    private final String label;

    OpinionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != CLOSED && this != MERGED;
    }
}
