package cn.deputylink.shared.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Our own API accepts exactly the users Camunda knows: the password is checked against Camunda's
 * identity and each Camunda group becomes an authority {@code GROUP_<groupId>}.
 */
@Component
public class CamundaAuthenticationProvider implements AuthenticationProvider {

    public static final String GROUP_PREFIX = "GROUP_";
    private static final ThreadLocal<Authentication> LAST_FAILED = new ThreadLocal<>();

    private final IdentityService identityService;

    public CamundaAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        // this provider serves the /api chain and, as a bean, the global authentication manager that
        // Spring Security asks next after a failure: one wrong password must count once towards the lockout
        // (the same token object is handed on, in the same thread, right after the failure)
        if (LAST_FAILED.get() == authentication) {
            LAST_FAILED.remove();
            throw new BadCredentialsException("用户名或密码错误");
        }
        if (userId == null || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            LAST_FAILED.set(authentication);
            throw new BadCredentialsException("用户名或密码错误");
        }
        LAST_FAILED.remove();
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(g -> new SimpleGrantedAuthority(GROUP_PREFIX + g.getId())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
