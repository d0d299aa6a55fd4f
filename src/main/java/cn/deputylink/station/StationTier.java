package cn.deputylink.station;

/** 代表活动阵地"家、站、室". */
public enum StationTier {
    HOME("代表之家", "人大代表之家"),
    STATION("代表联络站", "人大代表联络站"),
    ROOM("代表联络室", "人大代表联络室");

    private final String label;
    private final String nameSuffix;

    StationTier(String label, String nameSuffix) {
        this.label = label;
        this.nameSuffix = nameSuffix;
    }

    public String label() {
        return label;
    }

    /** What a station's official name must end with. */
    public String nameSuffix() {
        return nameSuffix;
    }
}
