package cn.deputylink.vote.workflow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Reads what a Camunda Form submitted. Tasklist sends a checklist or dynamic list as an object
 * variable of the type of the variable it was fed with, or as Spin JSON when there was none; the
 * API sends plain Java lists; all of them come out here as plain lists and maps.
 */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private FormValues() {
    }

    /**
     * A JSON object variable (never Java-serialized), for lists that forms display and submit.
     * Tasklist sends a submitted list back with the type name of the variable it came from, so
     * that type must be one Jackson can create: lists become ArrayLists, maps LinkedHashMaps.
     */
    public static ObjectValue json(List<?> value) {
        List<Object> copy = new ArrayList<>();
        for (Object o : value) {
            copy.add(o instanceof Map<?, ?> m ? new LinkedHashMap<>(m) : o);
        }
        return Variables.objectValue(copy).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    public static List<String> stringList(VariableScope scope, String name) {
        Object raw = unwrap(scope.getVariable(name));
        List<String> result = new ArrayList<>();
        if (raw == null) {
            return result;
        }
        List<?> list = toList(raw);
        for (Object o : list) {
            if (o != null && !o.toString().isBlank()) {
                result.add(o.toString().strip());
            }
        }
        return result;
    }

    public static List<Map<String, Object>> objectList(VariableScope scope, String name) {
        Object raw = unwrap(scope.getVariable(name));
        if (raw == null) {
            return List.of();
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (Object o : toList(raw)) {
            if (o instanceof Map<?, ?> m) {
                Map<String, Object> copy = new LinkedHashMap<>();
                m.forEach((k, v) -> copy.put(String.valueOf(k), v));
                result.add(copy);
            }
        }
        return result;
    }

    public static BigDecimal decimal(VariableScope scope, String name) {
        return decimal(unwrap(scope.getVariable(name)));
    }

    public static BigDecimal decimal(Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        String s = raw.toString().strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Integer integer(VariableScope scope, String name) {
        BigDecimal d = decimal(scope, name);
        return d == null ? null : d.intValue();
    }

    public static String text(Object raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static Object unwrap(Object raw) {
        if (raw instanceof TypedValue typed) {
            raw = typed.getValue();
        }
        return raw;
    }

    private static List<?> toList(Object raw) {
        if (raw instanceof List<?> list) {
            return list;
        }
        // Spin JSON nodes and JSON strings both print as JSON text
        try {
            return JSON.readValue(raw.toString(), new TypeReference<List<Object>>() { });
        } catch (Exception e) {
            throw new IllegalArgumentException("表单数据格式不正确（应为列表）", e);
        }
    }
}
