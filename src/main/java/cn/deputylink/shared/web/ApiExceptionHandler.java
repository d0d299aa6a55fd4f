package cn.deputylink.shared.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of our own API into one {@link ApiError} shape with a Chinese message,
 * so that a citizen's phone page or a department's client can show the reason and the field.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiError> invalidBody(BindException e, HttpServletRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            String message = fe.isBindingFailure() ? "格式不正确" : fe.getDefaultMessage();
            problems.add(new FieldProblem(fe.getField(), message));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(ge -> problems.add(new FieldProblem(ge.getObjectName(), ge.getDefaultMessage())));
        return badRequest(problems, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(err -> problems.add(new FieldProblem(name, err.getDefaultMessage())));
        });
        return badRequest(problems, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldProblem> problems = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return badRequest(problems, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyLimitFilter.BodyTooLargeException tooLarge) {
                return answer(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), request, List.of());
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            String allowed = Arrays.stream(ife.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining("、"));
            return badRequest(List.of(new FieldProblem(path(ife), "取值无效，可选值：" + allowed)), request);
        }
        if (cause instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            return badRequest(List.of(new FieldProblem(path(mie), "格式不正确")), request);
        }
        if (cause instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            return badRequest(List.of(new FieldProblem(path(jme), "格式不正确")), request);
        }
        return badRequest(List.of(new FieldProblem("body", "请求内容不是有效的 JSON")), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return badRequest(List.of(new FieldProblem(e.getParameterName(), "缺少必填参数")), request);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return badRequest(List.of(new FieldProblem(e.getRequestPartName(), "缺少上传文件")), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ApiError> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return badRequest(List.of(new FieldProblem(e.getHeaderName(), "缺少请求头")), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String message = "格式不正确";
        if (e.getRequiredType() != null && e.getRequiredType().isEnum()) {
            message = "取值无效，可选值：" + Arrays.stream(e.getRequiredType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining("、"));
        }
        return badRequest(List.of(new FieldProblem(e.getName(), message)), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, "上传内容过大", request, List.of(new FieldProblem("file", "上传文件过大")));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalidInput(InvalidInputException e, HttpServletRequest request) {
        return badRequest(e.problems(), request);
    }

    @ExceptionHandler(BadUserRequestException.class)
    ResponseEntity<ApiError> engineBadRequest(BadUserRequestException e, HttpServletRequest request) {
        log.info("engine refused a request on {}: {}", request.getRequestURI(), e.getMessage());
        return answer(HttpStatus.BAD_REQUEST, "当前操作无法执行，请检查后重试", request, List.of());
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ApiError> notFound(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof NoResourceFoundException && !request.getRequestURI().startsWith("/api/")) {
            // a page address: the HTML error page answers (templates/error.html), not JSON
            throw e;
        }
        String message = e instanceof NotFoundException ? e.getMessage() : "请求的资源不存在";
        return answer(HttpStatus.NOT_FOUND, message, request, List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e, HttpServletRequest request) {
        return answer(HttpStatus.CONFLICT, e.getMessage(), request, List.of());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ApiError> tooMany(TooManyRequestsException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .body(new ApiError(Instant.now(), 429, reason(HttpStatus.TOO_MANY_REQUESTS), e.getMessage(),
                        request.getRequestURI(), List.of()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("integrity violation on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return answer(HttpStatus.CONFLICT, "数据与已有记录冲突（可能是重复提交或编码重复）", request, List.of());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class, AuthorizationException.class})
    ResponseEntity<ApiError> forbidden(Exception e, HttpServletRequest request) {
        String message = e instanceof ForbiddenException ? e.getMessage() : "无权执行此操作";
        return answer(HttpStatus.FORBIDDEN, message, request, List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方法：" + e.getMethod(), request, List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型：" + e.getContentType(), request, List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后重试", request, List.of());
    }

    private static ResponseEntity<ApiError> badRequest(List<FieldProblem> problems, HttpServletRequest request) {
        String message = problems.isEmpty() ? "请求参数有误"
                : problems.stream().map(p -> p.field() + "：" + p.message()).collect(Collectors.joining("；"));
        return answer(HttpStatus.BAD_REQUEST, message, request, problems);
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, String message, HttpServletRequest request,
                                                   List<FieldProblem> problems) {
        return ResponseEntity.status(status).body(new ApiError(Instant.now(), status.value(), reason(status),
                message, request.getRequestURI(), problems));
    }

    static String reason(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "请求参数有误";
            case UNAUTHORIZED -> "未登录或登录已失效";
            case FORBIDDEN -> "没有权限";
            case NOT_FOUND -> "未找到";
            case CONFLICT -> "状态冲突";
            case TOO_MANY_REQUESTS -> "请求过于频繁";
            case METHOD_NOT_ALLOWED -> "请求方法不支持";
            case UNSUPPORTED_MEDIA_TYPE -> "内容类型不支持";
            default -> "服务器错误";
        };
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
