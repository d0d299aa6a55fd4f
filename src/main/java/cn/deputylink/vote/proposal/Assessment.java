package cn.deputylink.vote.proposal;

/** One of the three screening checks: necessity, feasibility, budget (必要性、可行性、财力). */
public enum Assessment {
    MET("符合"),
    PARTLY_MET("基本符合"),
    NOT_MET("不符合");

    private final String label;

    Assessment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
