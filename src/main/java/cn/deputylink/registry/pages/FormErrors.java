package cn.deputylink.registry.pages;

import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.ui.Model;

/**
 * Refusals next to the field they concern, the typed text kept: the service's field problems (and
 * the API's bean-validation messages) keyed by field name, for {@code errors['name']} in templates.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors of(InvalidInputException e) {
        FormErrors errors = new FormErrors();
        for (FieldProblem p : e.problems()) {
            errors.add(p.field(), p.message());
        }
        return errors;
    }

    public static <T> FormErrors validate(Validator validator, T request) {
        FormErrors errors = new FormErrors();
        for (ConstraintViolation<T> v : validator.validate(request)) {
            String path = v.getPropertyPath().toString();
            int dot = path.indexOf('[');
            errors.add(dot > 0 ? path.substring(0, dot) : path, v.getMessage());
        }
        return errors;
    }

    public FormErrors add(String field, String message) {
        byField.merge(field == null || field.isBlank() ? "form" : field, message, (a, b) -> a + "；" + b);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public Map<String, String> map() {
        return byField;
    }

    /**
     * Checks the request with the API's bean-validation rules, then writes it through the service;
     * either refusal lands in the model as {@code errors} and the answer is null.
     */
    public static <R, T> T save(Model model, Validator validator, R request, String conflictField,
                                java.util.function.Function<R, T> write) {
        FormErrors errors = validate(validator, request);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors.map());
            return null;
        }
        return attempt(model, conflictField, () -> write.apply(request));
    }

    /**
     * Runs the write; a refusal lands in the model as {@code errors} and answers null, so the
     * controller re-renders the form with what was typed. A conflict (taken code or name) goes
     * to {@code conflictField}.
     */
    public static <T> T attempt(Model model, String conflictField, Supplier<T> write) {
        try {
            return write.get();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", of(e).map());
        } catch (ConflictException e) {
            model.addAttribute("errors", new FormErrors().add(conflictField, e.getMessage()).map());
        }
        return null;
    }
}
