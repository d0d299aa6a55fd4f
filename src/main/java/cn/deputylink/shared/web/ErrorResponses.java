package cn.deputylink.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Writes an {@link ApiError} from a servlet filter, where no controller advice applies. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
                             HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8");
        ApiError body = new ApiError(Instant.now(), status.value(), ApiExceptionHandler.reason(status), message,
                request.getRequestURI(), List.of());
        json.writeValue(response.getOutputStream(), body);
    }
}
