package cn.deputylink.shared.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class RateLimitConfig {

    @Bean
    RateLimiter publicRateLimiter() {
        return new Bucket4jRateLimiter(System::currentTimeMillis);
    }

    @Bean
    ClientAddressResolver clientAddressResolver(TrustedProxiesProperties proxies) {
        return new ClientAddressResolver(proxies.getTrustedProxies());
    }

    @Bean
    PublicLimits publicLimits(RateLimiter publicRateLimiter, RateLimitProperties properties,
                              ClientAddressResolver clientAddressResolver) {
        return new PublicLimits(publicRateLimiter, properties, clientAddressResolver);
    }

    @Bean
    FilterRegistrationBean<PublicRateLimitFilter> publicRateLimitFilter(RateLimiter publicRateLimiter,
                                                                        RateLimitProperties properties,
                                                                        ClientAddressResolver clientAddressResolver,
                                                                        ObjectMapper json) {
        FilterRegistrationBean<PublicRateLimitFilter> registration = new FilterRegistrationBean<>(
                new PublicRateLimitFilter(publicRateLimiter, properties, clientAddressResolver, json));
        registration.setName("public-rate-limit");
        registration.addUrlPatterns("/api/public/*", "/h5/*");
        registration.setOrder(-200);
        return registration;
    }
}
