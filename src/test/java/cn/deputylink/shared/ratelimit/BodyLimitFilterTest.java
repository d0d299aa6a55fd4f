package cn.deputylink.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deputylink.shared.web.BodyLimitFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A chunked body (no Content-Length) is cut off at the limit while it is read. */
class BodyLimitFilterTest {

    private final BodyLimitFilter filter = new BodyLimitFilter(1024, 4096, new ObjectMapper().findAndRegisterModules());

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheChainRuns() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/public/opinions");
        request.setContentType("application/json");
        request.setContent(new byte[2048]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the chain must not run");
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("请求内容过大，最大 1 KB");
    }

    @Test
    void aBodyWithoutLengthFailsWhileItIsReadAndMultipartHasItsOwnLimit() throws Exception {
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/public/opinions") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        chunked.setContentType("application/json");
        chunked.setContent(new byte[3000]);
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(chunked, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        InputStream in = seen.get().getInputStream();
        assertThatThrownBy(in::readAllBytes).isInstanceOf(BodyLimitFilter.BodyTooLargeException.class)
                .hasMessageContaining("请求内容过大");

        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/api/opinions/import");
        upload.setContentType("multipart/form-data; boundary=x");
        upload.setContent(new byte[3000]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(upload, response, (req, res) -> seen.set((HttpServletRequest) req));
        assertThat(response.getStatus()).as("3000 bytes are within the upload limit").isEqualTo(200);
    }
}
