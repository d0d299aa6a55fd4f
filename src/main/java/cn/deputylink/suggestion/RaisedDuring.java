package cn.deputylink.suggestion;

/** When a suggestion was raised: 大会期间 (during the congress session) or 闭会期间 (in recess). */
public enum RaisedDuring {
    SESSION("大会期间"),
    RECESS("闭会期间");

    private final String label;

    RaisedDuring(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
