package cn.deputylink.ledger;

/** Kinds of entries in a deputy's ledger (履职档案). */
public enum ActivityType {
    SESSION_ATTENDANCE("出席人代会"),
    SESSION_EXCUSED_ABSENCE("人代会请假"),
    SESSION_UNEXCUSED_ABSENCE("人代会无故缺席"),
    STATION_DUTY_DAY("进站值班"),
    CONSTITUENT_RECEPTION("接待选民"),
    INSPECTION("视察"),
    SURVEY("调研"),
    TRAINING("学习培训"),
    STANDING_COMMITTEE_ATTENDANCE("列席常委会会议"),
    HOUSEHOLD_VISIT("走访联系户"),
    DUTY_REPORT("向选民述职"),
    SUGGESTION_SUBMITTED("提出代表建议"),
    OPINION_HANDLED("反映群众意见"),
    BALLOT_PARTICIPATION("参加民生实事票决"),
    OTHER("其他履职活动"),
    /** The archived result of the annual performance review; an entry of the file, not an activity. */
    ANNUAL_REVIEW("年度履职评价");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the entry records something the deputy did (everything but archived results). */
    public boolean isActivity() {
        return this != ANNUAL_REVIEW;
    }
}
