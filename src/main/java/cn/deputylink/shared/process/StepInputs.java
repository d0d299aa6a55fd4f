package cn.deputylink.shared.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one process step accepts from a person: the input fields of its Camunda Form, with their
 * kind, allowed values and limits. Read-only fields (disabled or readonly) show context and are
 * never inputs; a step without a form accepts nothing.
 *
 * <p>The form is the step's declaration, so a designer who adds a field in Modeler declares a
 * new input in the same place; nothing else has to be kept in step.
 */
public final class StepInputs {

    /** How a field's value is checked. */
    public enum Kind { TEXT, FREE_TEXT, NUMBER, BOOLEAN, CHOICE, MULTI_CHOICE, DATE }

    /**
     * One input field. {@code values} are the allowed values of a choice (empty: given at run time
     * by {@code valuesKey}, the variable that holds the options).
     */
    public record Input(String key, String label, Kind kind, Set<String> values, String valuesKey,
                        Integer maxLength, Pattern pattern, Double min, Double max) {

        /** Free text moves into the domain by the step's own listener and must never reach history. */
        public boolean isFreeText() {
            return kind == Kind.FREE_TEXT;
        }

        public String displayName() {
            return label == null || label.isBlank() ? key : label;
        }
    }

    private static final StepInputs NONE = new StepInputs(Map.of(), Set.of(), Set.of());

    private final Map<String, Input> inputs;
    private final Set<String> displayOnly;
    private final Set<String> freeText;

    private StepInputs(Map<String, Input> inputs, Set<String> displayOnly, Set<String> freeText) {
        this.inputs = inputs;
        this.displayOnly = displayOnly;
        this.freeText = freeText;
    }

    /** Keys of every field that holds prose, inputs and read-only context alike. */
    public Set<String> freeTextKeys() {
        return freeText;
    }

    public static StepInputs none() {
        return NONE;
    }

    /** The inputs of a Camunda Form schema (form-js JSON). */
    public static StepInputs fromForm(JsonNode schema) {
        Map<String, Input> inputs = new LinkedHashMap<>();
        Set<String> displayOnly = new LinkedHashSet<>();
        Set<String> freeText = new LinkedHashSet<>();
        collect(schema.path("components"), inputs, displayOnly, freeText);
        displayOnly.removeAll(inputs.keySet());
        return new StepInputs(Map.copyOf(inputs), Set.copyOf(displayOnly), Set.copyOf(freeText));
    }

    public Optional<Input> input(String key) {
        return Optional.ofNullable(inputs.get(key));
    }

    public Collection<Input> all() {
        return inputs.values();
    }

    /** Fields the form shows but does not let anyone change; a browser may still send them back. */
    public boolean isDisplayOnly(String key) {
        return displayOnly.contains(key);
    }

    public boolean isEmpty() {
        return inputs.isEmpty();
    }

    private static void collect(JsonNode components, Map<String, Input> inputs, Set<String> displayOnly,
                                Set<String> freeText) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                collect(component.path("components"), inputs, displayOnly, freeText);
            }
            String key = component.path("key").asText(null);
            Kind kind = kindOf(component);
            if (key == null || key.isBlank() || kind == null) {
                continue;
            }
            String type = component.path("type").asText();
            if ("textarea".equals(type) || ("textfield".equals(type) && !component.path("validate").has("pattern"))) {
                freeText.add(key);
            }
            if (component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false)) {
                displayOnly.add(key);
                continue;
            }
            JsonNode validate = component.path("validate");
            Set<String> values = new LinkedHashSet<>();
            component.path("values").forEach(v -> values.add(v.path("value").asText()));
            String patternText = validate.path("pattern").asText(null);
            // a one-line field held to a pattern carries a code (a department, a case number), not prose
            boolean codeField = "textfield".equals(component.path("type").asText()) && patternText != null;
            Kind effective = kind == Kind.FREE_TEXT && codeField ? Kind.TEXT : kind;
            inputs.put(key, new Input(key, component.path("label").asText(null), effective, Set.copyOf(values),
                    component.path("valuesKey").asText(null),
                    validate.has("maxLength") ? validate.path("maxLength").asInt() : null,
                    patternText == null ? null : Pattern.compile(patternText),
                    validate.has("min") ? validate.path("min").asDouble() : null,
                    validate.has("max") ? validate.path("max").asDouble() : null));
        }
    }

    private static Kind kindOf(JsonNode component) {
        return switch (component.path("type").asText()) {
            case "textarea", "textfield" -> Kind.FREE_TEXT;
            case "number" -> Kind.NUMBER;
            case "checkbox" -> Kind.BOOLEAN;
            case "radio", "select" -> Kind.CHOICE;
            case "checklist", "taglist" -> Kind.MULTI_CHOICE;
            case "datetime" -> Kind.DATE;
            default -> null;
        };
    }

    /** Keys of all inputs, in form order. */
    public List<String> keys() {
        return new ArrayList<>(inputs.keySet());
    }
}
