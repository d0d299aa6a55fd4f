package cn.deputylink.shared.ratelimit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code deputylink.security.trusted-proxies}: CIDRs of reverse proxies whose X-Forwarded-For is believed. */
@ConfigurationProperties(prefix = "deputylink.security")
public class TrustedProxiesProperties {

    private List<String> trustedProxies = new ArrayList<>();

    public List<String> getTrustedProxies() {
        return trustedProxies;
    }

    public void setTrustedProxies(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }
}
