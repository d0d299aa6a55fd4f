package cn.deputylink.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Body limits on our own endpoints: {@code deputylink.public-api.max-json-bytes} for JSON (and any
 * other non-multipart body), {@code spring.servlet.multipart.max-request-size} for uploads.
 */
@Configuration(proxyBeanMethods = false)
public class BodyLimitConfig {

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(
            @Value("${deputylink.public-api.max-json-bytes:256KB}") DataSize maxJson,
            MultipartProperties multipart, ObjectMapper json) {
        long maxUpload = multipart.getMaxRequestSize() == null || multipart.getMaxRequestSize().toBytes() < 0
                ? DataSize.ofMegabytes(10).toBytes() : multipart.getMaxRequestSize().toBytes();
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(maxJson.toBytes(), maxUpload, json));
        registration.setName("body-limit");
        registration.addUrlPatterns("/api/*", "/h5/*");
        registration.setOrder(-250);
        return registration;
    }
}
