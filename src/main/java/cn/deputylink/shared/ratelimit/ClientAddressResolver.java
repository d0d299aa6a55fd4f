package cn.deputylink.shared.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The client's address as every limit sees it. The direct peer is the client, unless it is one
 * of the configured trusted proxies ({@code deputylink.security.trusted-proxies}, CIDRs, none by
 * default): then {@code X-Forwarded-For} is read from the right and the first address that is not
 * a trusted proxy is the client. Anything that is not an IP literal ends the walk, so a spoofed
 * header can never name a client of the sender's choosing.
 */
public class ClientAddressResolver {

    public static final String HEADER = "X-Forwarded-For";
    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$");

    private final List<IpAddressMatcher> trusted;

    public ClientAddressResolver(List<String> trustedProxies) {
        this.trusted = trustedProxies == null ? List.of() : trustedProxies.stream()
                .map(String::strip).filter(s -> !s.isEmpty()).map(IpAddressMatcher::new).toList();
    }

    public String resolve(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeaders(HEADER) == null ? List.of()
                : Collections.list(request.getHeaders(HEADER)));
    }

    /** {@code forwardedFor}: every X-Forwarded-For header in arrival order. */
    public String resolve(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer) || forwardedFor.isEmpty()) {
            return peer;
        }
        String[] hops = String.join(",", forwardedFor).split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!isLiteral(hop)) {
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        return address != null && isLiteral(address) && trusted.stream().anyMatch(m -> m.matches(address));
    }

    /** Only IP literals reach the matcher: a host name would make it look the name up. */
    static boolean isLiteral(String s) {
        return s != null && (IPV4.matcher(s).matches() || (s.length() <= 45 && IPV6.matcher(s).matches()));
    }
}
