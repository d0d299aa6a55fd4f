package cn.deputylink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.shared.ratelimit.ClientAddressResolver;
import cn.deputylink.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Issue 10, finding 5: with server.forward-headers-strategy=native Tomcat believed X-Forwarded-For
 * from loopback and private ranges. As shipped, no proxy is trusted: Tomcat leaves the peer alone
 * and the one resolver every limit uses ignores the header.
 */
class ClientAddressIT extends IntegrationTest {

    @Autowired
    ServerProperties server;
    @Autowired
    ClientAddressResolver addresses;

    @Test
    void forwardedHeadersAreNotBelievedByDefault() {
        assertThat(server.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.NONE);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/public/opinions");
        request.setRemoteAddr("127.0.0.1");
        request.addHeader("X-Forwarded-For", "203.0.113.50");
        assertThat(addresses.resolve(request)).isEqualTo("127.0.0.1");
    }
}
