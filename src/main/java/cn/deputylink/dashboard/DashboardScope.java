package cn.deputylink.dashboard;

import cn.deputylink.opinion.OpinionAccess;
import cn.deputylink.shared.web.ForbiddenException;
import java.util.List;

/**
 * Whose figures the caller sees: supervisors, the liaison office and administrators everything; a
 * department its own cases; station staff their stations' (the same scope as the opinion lists).
 */
public record DashboardScope(OpinionAccess.Scope opinions) {

    public boolean all() {
        return opinions.all();
    }

    public List<String> departments() {
        return opinions.departments();
    }

    public List<String> stations() {
        return opinions.stations();
    }

    /** The lead department whose suggestions the caller sees (null: all); only for a department user. */
    public String suggestionDepartment() {
        return all() || departments().isEmpty() ? null : departments().get(0);
    }

    public boolean seesSuggestions() {
        return all() || !departments().isEmpty();
    }

    public String label() {
        if (all()) {
            return "全部";
        }
        if (!departments().isEmpty()) {
            return "本单位（" + String.join("、", departments()) + "）";
        }
        return "本站点（" + String.join("、", stations()) + "）";
    }

    public void requireSome() {
        if (opinions.none()) {
            throw new ForbiddenException("只有督办人员、人大代表工委、承办单位和站点工作人员可以查看督办看板");
        }
    }

    /** A drill-down into a department's or a station's row is refused unless it is the caller's own. */
    public void requireDepartment(String code) {
        if (!all() && !departments().contains(code)) {
            throw new ForbiddenException("只能查看本单位的案件：" + code);
        }
    }

    public void requireStation(String code) {
        if (!all() && !stations().contains(code)) {
            throw new ForbiddenException("只能查看本站点的案件：" + code);
        }
    }
}
