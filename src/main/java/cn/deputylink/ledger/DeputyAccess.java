package cn.deputylink.ledger;

import cn.deputylink.deputy.Deputy;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.web.ForbiddenException;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may see and write a deputy's ledger and review: the deputy (their own, by
 * {@code Deputy.userId}), the staff of a station the deputy joined, and the liaison office,
 * supervisors and administrators (supervisors only read). Call inside a transaction: the
 * deputy's stations load lazily.
 */
@Component
public class DeputyAccess {

    private final CurrentUser currentUser;

    public DeputyAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The liaison office or an administrator: runs campaigns, records and confirms for everyone. */
    public boolean administers() {
        return currentUser.isIn(Roles.LIAISON_OFFICE) || currentUser.isAdmin();
    }

    /** Reads everything: the office, supervisors, administrators. */
    public boolean oversees() {
        return administers() || currentUser.isIn(Roles.SUPERVISORS);
    }

    public boolean isSelf(Deputy deputy) {
        return deputy.getUserId() != null && currentUser.id().map(deputy.getUserId()::equals).orElse(false);
    }

    /** Staff of at least one station the deputy joined. */
    public boolean staffs(Deputy deputy) {
        Set<String> mine = new HashSet<>(currentUser.stationCodes());
        return !mine.isEmpty() && deputy.getStations().stream().anyMatch(s -> mine.contains(s.getCode()));
    }

    public boolean staffsStation(String stationCode) {
        return stationCode != null && currentUser.stationCodes().contains(stationCode);
    }

    public void requireView(Deputy deputy) {
        if (!(oversees() || isSelf(deputy) || staffs(deputy))) {
            throw new ForbiddenException("无权查看该代表的履职档案");
        }
    }

    public void requireRecord(Deputy deputy) {
        if (!(administers() || isSelf(deputy) || staffs(deputy))) {
            throw new ForbiddenException("只有代表本人、所进站点工作人员或代表工委可以登记履职活动");
        }
    }

    /** A deputy never confirms their own self-report. */
    public void requireConfirm(Deputy deputy) {
        if (isSelf(deputy) && !administers()) {
            throw new ForbiddenException("代表本人自报的履职活动须由站点工作人员确认");
        }
        if (!(administers() || staffs(deputy))) {
            throw new ForbiddenException("只有代表所进站点的工作人员或代表工委可以确认履职活动");
        }
    }
}
