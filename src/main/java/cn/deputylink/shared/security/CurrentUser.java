package cn.deputylink.shared.security;

import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.web.ForbiddenException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling our API: the Camunda user id and groups of the request. */
@Component
public class CurrentUser {

    public Optional<String> id() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            return Optional.empty();
        }
        return Optional.ofNullable(auth.getName());
    }

    public String require() {
        return id().orElseThrow(() -> new ForbiddenException("需要登录"));
    }

    public List<String> groups() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return List.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(CamundaAuthenticationProvider.GROUP_PREFIX))
                .map(a -> a.substring(CamundaAuthenticationProvider.GROUP_PREFIX.length()))
                .toList();
    }

    public boolean isIn(String groupId) {
        return groups().contains(groupId);
    }

    public boolean isAdmin() {
        return isIn(Roles.ADMIN);
    }

    /** Department codes from the caller's {@code dept-<code>} groups. */
    public List<String> departmentCodes() {
        return suffixes(Roles.DEPARTMENT_PREFIX);
    }

    /** Station codes from the caller's {@code station-<code>} groups. */
    public List<String> stationCodes() {
        return suffixes(Roles.STATION_PREFIX);
    }

    private List<String> suffixes(String prefix) {
        return groups().stream().filter(g -> g.startsWith(prefix)).map(g -> g.substring(prefix.length())).toList();
    }
}
