package cn.deputylink.suggestion;

/** How the lead department consulted the deputy (面商). */
public enum ConsultationMethod {
    IN_PERSON("当面"),
    PHONE("电话"),
    ONLINE("网络");

    private final String label;

    ConsultationMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
