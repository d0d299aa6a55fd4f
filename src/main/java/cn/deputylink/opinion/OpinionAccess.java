package cn.deputylink.opinion;

import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.web.ForbiddenException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on which opinions: the liaison office, supervisors and administrators see
 * all; station staff the cases of their stations (received there or triaged there); a department
 * the cases assigned to it.
 */
@Component
public class OpinionAccess {

    private final CurrentUser currentUser;

    public OpinionAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public record Scope(boolean all, List<String> stations, List<String> departments) {

        public boolean none() {
            return !all && stations.isEmpty() && departments.isEmpty();
        }
    }

    public Scope scope() {
        boolean all = currentUser.isAdmin() || currentUser.isIn(Roles.LIAISON_OFFICE)
                || currentUser.isIn(Roles.SUPERVISORS);
        return new Scope(all, currentUser.stationCodes(), currentUser.departmentCodes());
    }

    /** May the caller register or rate cases at this station? */
    public void requireStation(String stationCode) {
        Scope scope = scope();
        if (!scope.all() && !scope.stations().contains(stationCode)) {
            throw new ForbiddenException("只能办理本站点的群众意见：" + stationCode);
        }
    }

    public boolean canSee(Opinion o) {
        Scope scope = scope();
        return scope.all() || scope.stations().contains(o.getStation().getCode())
                || scope.stations().contains(o.getTriageStationCode())
                || (o.getDepartmentCode() != null && scope.departments().contains(o.getDepartmentCode()));
    }

    /** Station staff and the overseers see names and phone numbers in full on a case; departments do not. */
    public boolean seesPersonalData(Opinion o) {
        Scope scope = scope();
        return scope.all() || scope.stations().contains(o.getStation().getCode())
                || scope.stations().contains(o.getTriageStationCode());
    }

    public boolean mayActAtStation(Opinion o) {
        return seesPersonalData(o);
    }
}
