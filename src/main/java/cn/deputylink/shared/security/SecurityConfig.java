package cn.deputylink.shared.security;

import cn.deputylink.shared.web.ErrorResponses;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.deputylink.shared.process.TaskCompletion;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.core.Ordered;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Three doors, three rules:
 * <ul>
 *   <li>{@code /api/public/**} — citizens, no login (rate-limited, see PublicRateLimitFilter);</li>
 *   <li>{@code /api/**} — HTTP Basic against Camunda's users, the caller handed to the engine;</li>
 *   <li>{@code /engine-rest/**} — Camunda's own Basic authentication filter (Modeler deploys here);</li>
 * </ul>
 * The webapps under {@code /camunda} keep their own session login and are not touched here.
 */
@Configuration
@ConditionalOnWebApplication
@EnableMethodSecurity
public class SecurityConfig {

    private static final String REALM = "DeputyLink";
    private static final int ENGINE_REST_AUTHENTICATION_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, CamundaAuthenticationProvider provider,
                                    IdentityService identityService, CurrentUser currentUser,
                                    ObjectMapper json) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationProvider(provider)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/public/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, ex) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
                    ErrorResponses.write(json, request, response, HttpStatus.UNAUTHORIZED, "请先登录（用户名或密码错误）");
                }))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
                            ErrorResponses.write(json, request, response, HttpStatus.UNAUTHORIZED, "请先登录");
                        })
                        .accessDeniedHandler((request, response, ex) ->
                                ErrorResponses.write(json, request, response, HttpStatus.FORBIDDEN, "无权执行此操作")))
                .addFilterAfter(new EngineAuthenticationBridge(identityService, currentUser),
                        BasicAuthenticationFilter.class);
        return http.build();
    }

    /** Camunda's REST API is anonymous out of the box; here it needs a Camunda user. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(ENGINE_REST_AUTHENTICATION_ORDER);
        return registration;
    }

    /**
     * Behind the authentication, both engine APIs (the REST API and the webapps' own) pass the
     * guard: only declared step inputs, only each role's work (EngineApiGuard).
     */
    @Bean
    FilterRegistrationBean<EngineApiGuard> engineApiGuard(ProcessEngine engine, TaskCompletion door, ObjectMapper json) {
        FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(
                new EngineApiGuard(engine, door, json));
        registration.setName("engine-api-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(ENGINE_REST_AUTHENTICATION_ORDER + 10);
        return registration;
    }
}
