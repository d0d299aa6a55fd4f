package cn.deputylink.shared.security;

import cn.deputylink.shared.identity.Roles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Swagger UI and the OpenAPI document are for administrators only (HTTP Basic, or the session of
 * the page login). Whether they exist at all is {@code deputylink.api-docs.enabled}: on in the demo,
 * off on the mysql profile unless {@code DEPUTYLINK_API_DOCS=true}.
 */
@Configuration
@ConditionalOnWebApplication
public class ApiDocsSecurityConfig {

    @Bean
    @Order(5)
    SecurityFilterChain apiDocsSecurity(HttpSecurity http, CamundaAuthenticationProvider provider) throws Exception {
        http.securityMatcher("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                .authenticationProvider(provider)
                .authorizeHttpRequests(a -> a.anyRequest()
                        .hasAuthority(CamundaAuthenticationProvider.GROUP_PREFIX + Roles.ADMIN))
                .httpBasic(Customizer.withDefaults());
        return http.build();
    }
}
