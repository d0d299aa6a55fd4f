package cn.deputylink.shared.pages;

import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.security.CamundaAuthenticationProvider;
import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.security.EngineAuthenticationBridge;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The fourth door: server-rendered pages. A session login with the same Camunda users as
 * Tasklist ({@code /login}), CSRF tokens on every form (citizens' anonymous forms included), and a
 * strict content security policy: pages load only their own scripts and styles, so no inline
 * {@code <script>} or {@code style="…"} in templates.
 *
 * <ul>
 *   <li>{@code /h5/**} — citizens' phone pages, open; {@code /h5/me/**} — the deputy's own workspace;</li>
 *   <li>{@code /admin/**} — the liaison office and administrators;</li>
 *   <li>{@code /dashboard/**} — any logged-in user (each page scopes its figures to the caller);</li>
 *   <li>{@code /staff/**} — any logged-in staff user (e.g. a case's photos for those who handle it).</li>
 * </ul>
 * Features refine with {@code @PreAuthorize} on their controllers.
 */
@Configuration
@ConditionalOnWebApplication
public class PageSecurityConfig {

    public static final String LOGIN_PAGE = "/login";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(10)
    SecurityFilterChain pageSecurity(HttpSecurity http, CamundaAuthenticationProvider provider,
                                     IdentityService identityService, CurrentUser currentUser) throws Exception {
        http.securityMatcher("/h5/**", "/admin/**", "/dashboard/**", "/staff/**", "/login", "/logout", "/assets/**",
                        "/webjars/**", "/error")
                .authenticationProvider(provider)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/assets/**", "/webjars/**", "/error", LOGIN_PAGE).permitAll()
                        .requestMatchers("/h5/me", "/h5/me/**").hasAuthority(group(Roles.DEPUTIES))
                        .requestMatchers("/h5/**").permitAll()
                        .requestMatchers("/admin/**").hasAnyAuthority(group(Roles.LIAISON_OFFICE), group(Roles.ADMIN))
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .addFilterAfter(new EngineAuthenticationBridge(identityService, currentUser),
                        AnonymousAuthenticationFilter.class);
        return http.build();
    }

    private static String group(String groupId) {
        return CamundaAuthenticationProvider.GROUP_PREFIX + groupId;
    }
}
