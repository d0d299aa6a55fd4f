package cn.deputylink.review;

import cn.deputylink.shared.identity.Roles;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Routing expressions of deputy-review. Not every deputy has a login (Huanggang: 12,278 deputies,
 * 10,116 platform users): without one, the duty report task goes to the liaison office, who
 * enter the paper report.
 */
@Component("reviewTaskRouting")
public class ReviewTaskRouting {

    /** Candidate groups of the duty report task: none when the deputy has a login. */
    public List<String> dutyReportGroups(String deputyUserId) {
        return deputyUserId == null || deputyUserId.isBlank() ? List.of(Roles.LIAISON_OFFICE) : List.of();
    }
}
