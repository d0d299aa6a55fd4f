package cn.deputylink.suggestion;

import cn.deputylink.shared.web.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what a Camunda Form (or an API client) submitted: codes of an enum, dates from the
 * date picker, department lists from the tag list (a JSON array), texts with a length limit.
 * Every problem is an {@link InvalidInputException} naming the form field in Chinese.
 */
final class FormValues {

    private FormValues() {
    }

    static <E extends Enum<E>> E code(Class<E> type, Object raw, String field, String what) {
        String text = text(raw);
        if (text == null) {
            throw new InvalidInputException(field, "请选择" + what);
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, what + "取值无效，可选值：" + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining("、")));
        }
    }

    /** A required text, stripped, at most {@code max} characters. */
    static String required(Object raw, String field, String what, int max) {
        String text = optional(raw, field, what, max);
        if (text == null) {
            throw new InvalidInputException(field, what + "不能为空");
        }
        return text;
    }

    /** An optional text, stripped, null when blank, at most {@code max} characters. */
    static String optional(Object raw, String field, String what, int max) {
        String text = text(raw);
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw new InvalidInputException(field, what + "最长 " + max + " 字");
        }
        return stripped;
    }

    /** A date from the form's date picker ({@code 2026-03-01}, possibly with a time part). */
    static LocalDate date(Object raw, String field, String what) {
        if (raw instanceof TypedValue typed) {
            raw = typed.getValue();
        }
        if (raw instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
        }
        if (raw instanceof LocalDate d) {
            return d;
        }
        String text = text(raw);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "请填写" + what);
        }
        String t = text.strip();
        try {
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, what + "格式应为 yyyy-MM-dd");
        }
    }

    static boolean flag(Object raw) {
        if (raw instanceof TypedValue typed) {
            raw = typed.getValue();
        }
        if (raw instanceof Boolean b) {
            return b;
        }
        return raw != null && Boolean.parseBoolean(raw.toString().trim());
    }

    /**
     * Department codes as the tag list submits them (a JSON array of codes, or of {label, value}),
     * as a Java list from the API, or as text separated by commas; trimmed, no duplicates.
     */
    static List<String> codes(Object raw) {
        if (raw instanceof TypedValue typed) {
            raw = typed.getValue();
        }
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        if (raw instanceof Collection<?> c) {
            c.forEach(o -> out.add(o == null ? "" : o.toString()));
        } else if (raw instanceof SpinJsonNode node) {
            addJson(node, out);
        } else {
            String text = raw.toString().trim();
            if (text.startsWith("[")) {
                addJson(Spin.JSON(text), out);
            } else if (!text.isEmpty()) {
                out.addAll(Arrays.asList(text.split("[,，、;；\\s]+")));
            }
        }
        return new ArrayList<>(out.stream().map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static void addJson(SpinJsonNode node, List<String> out) {
        if (!node.isArray()) {
            return;
        }
        for (SpinJsonNode element : node.elements()) {
            if (element.isString()) {
                out.add(element.stringValue());
            } else if (element.isObject() && element.hasProp("value")) {
                out.add(element.prop("value").stringValue());
            }
        }
    }

    static String text(Object raw) {
        if (raw instanceof TypedValue typed) {
            raw = typed.getValue();
        }
        return raw == null ? null : raw.toString();
    }
}
