package cn.deputylink.shared.web;

import java.lang.reflect.Type;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a JSON body whose lists or maps hold {@code null} ({@code "milestones":[null]},
 * {@code "marks":{"7":null}}) with 400 naming the element ({@code milestones[0]}, {@code marks.7}), before any controller or bean validation sees it: code that
 * reads a request's list trusts its elements, and a null one used to end in a 500. Walks our own
 * request records (package {@code cn.deputylink}) and the lists in them.
 */
@ControllerAdvice
public class NullElementCheck extends RequestBodyAdviceAdapter {

    private static final int MAX_DEPTH = 8;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        List<FieldProblem> problems = new ArrayList<>();
        walk(body, "", 0, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return body;
    }

    static void walk(Object value, String path, int depth, List<FieldProblem> problems) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                String at = (path.isEmpty() ? "body" : path) + "[" + i + "]";
                if (item == null) {
                    problems.add(new FieldProblem(at, "列表第 " + (i + 1) + " 项为空，请填写该项或将其删除"));
                } else {
                    walk(item, at, depth + 1, problems);
                }
                i++;
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                String at = (path.isEmpty() ? "body" : path) + "." + entry.getKey();
                if (entry.getValue() == null) {
                    problems.add(new FieldProblem(at, "不能为空，请填写该项或将其删除"));
                } else {
                    walk(entry.getValue(), at, depth + 1, problems);
                }
            }
            return;
        }
        Class<?> type = value.getClass();
        if (!type.isRecord() || !type.getName().startsWith("cn.deputylink.")) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Object field;
            try {
                component.getAccessor().setAccessible(true);
                field = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            walk(field, path.isEmpty() ? component.getName() : path + "." + component.getName(), depth + 1, problems);
        }
    }
}
