package cn.deputylink.shared.web;

import java.time.Instant;
import java.util.List;

/**
 * The body of every error answer of {@code /api/**}: a Chinese message for people and, for bad
 * input, the list of offending fields.
 */
public record ApiError(Instant timestamp, int status, String error, String message, String path,
                       List<FieldProblem> fieldErrors) {
}
