package cn.deputylink.h5;

import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The Chinese messages a page shows next to its fields, from the same two checks the public API
 * makes: the request record's bean-validation annotations, then the service's
 * {@link InvalidInputException}. Field names may be renamed for the page (e.g. {@code deputyToken}
 * becomes the form's general message).
 */
public final class FormErrors {

    /** Messages not tied to one field of the form. */
    public static final String GENERAL = "general";

    private final Map<String, String> messages = new LinkedHashMap<>();
    private final UnaryOperator<String> fieldOnPage;

    public FormErrors(UnaryOperator<String> fieldOnPage) {
        this.fieldOnPage = fieldOnPage;
    }

    public FormErrors() {
        this(UnaryOperator.identity());
    }

    /** Runs the API's bean validation on the request the page built. */
    public FormErrors validate(Validator validator, Object request) {
        for (ConstraintViolation<Object> v : validator.validate(request)) {
            add(v.getPropertyPath().toString(), v.getMessage());
        }
        return this;
    }

    public FormErrors add(InvalidInputException e) {
        List<FieldProblem> problems = e.problems();
        if (problems.isEmpty()) {
            add(GENERAL, e.getMessage());
        }
        problems.forEach(p -> add(p.field(), p.message()));
        return this;
    }

    public FormErrors add(String field, String message) {
        messages.putIfAbsent(fieldOnPage.apply(field == null ? GENERAL : field), message);
        return this;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public Map<String, String> asMap() {
        return messages;
    }
}
