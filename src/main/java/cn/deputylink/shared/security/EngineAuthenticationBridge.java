package cn.deputylink.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the API caller to the process engine for the length of the request, so that engine
 * authorizations apply to our API exactly as they do in Tasklist (a department cannot complete
 * another department's task).
 */
public class EngineAuthenticationBridge extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final CurrentUser currentUser;

    public EngineAuthenticationBridge(IdentityService identityService, CurrentUser currentUser) {
        this.identityService = identityService;
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = currentUser.id().orElse(null);
        if (userId == null) {
            chain.doFilter(request, response);
            return;
        }
        List<String> groups = currentUser.groups();
        identityService.setAuthentication(userId, groups);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
