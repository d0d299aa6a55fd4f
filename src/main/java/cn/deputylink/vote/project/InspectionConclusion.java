package cn.deputylink.vote.project;

/** What the deputies found on site (代表视察结论). */
public enum InspectionConclusion {
    ON_TRACK("进展顺利"),
    MINOR_ISSUES("基本正常，有待改进"),
    SERIOUS_ISSUES("存在较大问题");

    private final String label;

    InspectionConclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
