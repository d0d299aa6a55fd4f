package cn.deputylink.shared.ratelimit;

import cn.deputylink.shared.web.ErrorResponses;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles the no-login endpoints per client address ({@link ClientAddressResolver}): writes tightly (spam, ballot stuffing),
 * reads loosely (tracking codes must not be guessable by brute force). Over the limit → 429.
 */
public class PublicRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final RateLimitProperties properties;
    private final ClientAddressResolver addresses;
    private final ObjectMapper json;

    public PublicRateLimitFilter(RateLimiter limiter, RateLimitProperties properties, ClientAddressResolver addresses,
                                 ObjectMapper json) {
        this.limiter = limiter;
        this.properties = properties;
        this.addresses = addresses;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!properties.isEnabled()) {
            chain.doFilter(request, response);
            return;
        }
        boolean write = !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                || "OPTIONS".equals(request.getMethod()));
        String key = (write ? "w|" : "r|") + addresses.resolve(request);
        long wait = limiter.acquire(key, write ? properties.getWrites() : properties.getReads(), properties.getWindow());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            ErrorResponses.write(json, request, response, HttpStatus.TOO_MANY_REQUESTS,
                    "请求过于频繁，请 " + wait + " 秒后再试");
            return;
        }
        chain.doFilter(request, response);
    }
}
