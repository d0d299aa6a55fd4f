package cn.deputylink.shared.process;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A process variable with its name and type in one constant, so delegates, tests, forms and
 * controllers never spell variable names as loose strings.
 *
 * <pre>
 * public static final ProcessVariable&lt;Long&gt; OPINION_ID = ProcessVariable.longVar("opinionId");
 * long id = OPINION_ID.require(execution);
 * </pre>
 *
 * Process variables carry ids and routing facts only; personal data stays in JPA.
 */
public final class ProcessVariable<T> {

    private static final Set<String> TRANSIENT_NAMES = ConcurrentHashMap.newKeySet();

    private final String name;
    private final Class<T> type;
    private final boolean transientValue;

    private ProcessVariable(String name, Class<T> type) {
        this(name, type, false);
    }

    private ProcessVariable(String name, Class<T> type, boolean transientValue) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.transientValue = transientValue;
        if (transientValue) {
            TRANSIENT_NAMES.add(name);
        }
    }

    /**
     * Free text a person types into a step's form that the step's own listener or the next service
     * task moves into the domain at once: it lives only for the transaction that completes the step
     * (a transient variable) and never reaches Camunda's runtime or history tables. Every door
     * ({@link TaskCompletion}) passes such inputs as transient.
     */
    public static ProcessVariable<String> transientText(String name) {
        return new ProcessVariable<>(name, String.class, true);
    }

    /** Whether a variable of this name is declared {@link #transientText transient} in some contract. */
    public static boolean isTransient(String name) {
        return TRANSIENT_NAMES.contains(name);
    }

    public static ProcessVariable<String> stringVar(String name) {
        return new ProcessVariable<>(name, String.class);
    }

    public static ProcessVariable<Long> longVar(String name) {
        return new ProcessVariable<>(name, Long.class);
    }

    public static ProcessVariable<Integer> intVar(String name) {
        return new ProcessVariable<>(name, Integer.class);
    }

    /** Scores and shares (DMN inputs); numbers of any type are read as double. */
    public static ProcessVariable<Double> doubleVar(String name) {
        return new ProcessVariable<>(name, Double.class);
    }

    public static ProcessVariable<Boolean> boolVar(String name) {
        return new ProcessVariable<>(name, Boolean.class);
    }

    public static ProcessVariable<Date> dateVar(String name) {
        return new ProcessVariable<>(name, Date.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static ProcessVariable<List<String>> stringListVar(String name) {
        return new ProcessVariable(name, List.class);
    }

    public String name() {
        return name;
    }

    /** The value, or empty when the variable is not set (or set to null). */
    public Optional<T> find(VariableScope scope) {
        return Optional.ofNullable(convert(scope.getVariable(name)));
    }

    /** The value or null. */
    public T get(VariableScope scope) {
        return find(scope).orElse(null);
    }

    /** The value; a missing one is a broken process contract and becomes an incident. */
    public T require(VariableScope scope) {
        return find(scope).orElseThrow(() -> new ProcessEngineException(
                "流程变量缺失：" + name + "（process variable '" + name + "' is required here）"));
    }

    /** The value from a plain variable map (task completion payloads, REST bodies). */
    public Optional<T> find(Map<String, ?> variables) {
        return Optional.ofNullable(convert(variables == null ? null : variables.get(name)));
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, wrap(value));
    }

    public boolean isTransientValue() {
        return transientValue;
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, wrap(value));
    }

    /** A one-entry map, handy for {@code complete(taskId, VAR.as(value))}. */
    public Map<String, Object> as(T value) {
        Map<String, Object> map = new HashMap<>();
        map.put(name, wrap(value));
        return map;
    }

    /**
     * Lists are stored as JSON, never with Java serialization. The JSON carries the list's class
     * name and is read back into it, so the list is copied into an ArrayList first: the lists of
     * {@code List.of(..)} and {@code stream.toList()} cannot be deserialized.
     */
    private Object wrap(T value) {
        if (transientValue) {
            return Variables.stringValue((String) value, true);
        }
        if (value instanceof List<?> list) {
            return Variables.objectValue(new ArrayList<>(list))
                    .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private T convert(Object raw) {
        if (raw instanceof TypedValue typed) {
            raw = typed.getValue();
        }
        if (raw == null) {
            return null;
        }
        if (type.isInstance(raw)) {
            return (T) raw;
        }
        if (type == Long.class && raw instanceof Number n) {
            return (T) Long.valueOf(n.longValue());
        }
        if (type == Integer.class && raw instanceof Number n) {
            return (T) Integer.valueOf(n.intValue());
        }
        if (type == Double.class && raw instanceof Number n) {
            return (T) Double.valueOf(n.doubleValue());
        }
        if (type == Double.class && raw instanceof String s && !s.isBlank()) {
            return (T) Double.valueOf(s.trim());
        }
        if (type == Long.class && raw instanceof String s && !s.isBlank()) {
            return (T) Long.valueOf(s.trim());
        }
        if (type == Integer.class && raw instanceof String s && !s.isBlank()) {
            return (T) Integer.valueOf(s.trim());
        }
        if (type == Boolean.class && raw instanceof String s) {
            return (T) Boolean.valueOf(s.trim());
        }
        if (type == String.class) {
            return (T) raw.toString();
        }
        throw new ProcessEngineException("流程变量类型不符：" + name + " 应为 " + type.getSimpleName()
                + "，实际为 " + raw.getClass().getSimpleName());
    }

    @Override
    public String toString() {
        return name;
    }
}
