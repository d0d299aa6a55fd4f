package cn.deputylink.vote.proposal;

/** Who proposed a project: 群众点单, or a deputy, or a department. */
public enum ProposerType {
    CITIZEN("群众"),
    DEPUTY("人大代表"),
    DEPARTMENT("部门");

    private final String label;

    ProposerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
