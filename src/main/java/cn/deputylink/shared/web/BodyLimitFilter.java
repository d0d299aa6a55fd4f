package cn.deputylink.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over their limit with 413 before anything parses them: a declared
 * Content-Length over the limit is refused at once; a chunked body is counted as it is read and
 * reading fails at the limit ({@link BodyTooLargeException}, answered 413 by
 * {@link ApiExceptionHandler}). Multipart uploads get the multipart limit, everything else the
 * JSON limit.
 */
public class BodyLimitFilter extends OncePerRequestFilter {

    private final long maxJsonBytes;
    private final long maxMultipartBytes;
    private final ObjectMapper json;

    public BodyLimitFilter(long maxJsonBytes, long maxMultipartBytes, ObjectMapper json) {
        this.maxJsonBytes = maxJsonBytes;
        this.maxMultipartBytes = maxMultipartBytes;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        long limit = multipart ? maxMultipartBytes : maxJsonBytes;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            response.setHeader("Connection", "close");
            ErrorResponses.write(json, request, response, HttpStatus.PAYLOAD_TOO_LARGE, message(multipart, limit));
            return;
        }
        chain.doFilter(new Limited(request, limit, message(multipart, limit)), response);
    }

    static String message(boolean multipart, long limit) {
        String size = limit >= 1024 * 1024 ? (limit / (1024 * 1024)) + " MB" : (limit / 1024) + " KB";
        return (multipart ? "上传内容过大，最大 " : "请求内容过大，最大 ") + size;
    }

    /** Reading past the limit of a body without (or with a false) Content-Length. */
    public static class BodyTooLargeException extends IOException {
        public BodyTooLargeException(String message) {
            super(message);
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private final String message;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit, String message) {
            super(request);
            this.limit = limit;
            this.message = message;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit, message);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private final String message;
        private long read;

        Counting(ServletInputStream in, long limit, String message) {
            this.in = in;
            this.limit = limit;
            this.message = message;
        }

        private int count(int n) throws IOException {
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw new BodyTooLargeException(message);
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
