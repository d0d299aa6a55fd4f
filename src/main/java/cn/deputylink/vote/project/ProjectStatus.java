package cn.deputylink.vote.project;

public enum ProjectStatus {
    SELECTED("已当选，待安排实施"),
    IMPLEMENTING("实施中"),
    COMPLETION_REPORTED("已完工，待验收"),
    ACCEPTED("已验收，待满意度测评"),
    EVALUATING("满意度测评中"),
    EVALUATED("已测评"),
    CLOSED_UNEVALUATED("未经测评归档");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
