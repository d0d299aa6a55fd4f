package cn.deputylink.shared.process;

import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one door through which people finish a process step or start a process — Tasklist, the
 * engine REST API and our own API all end here.
 *
 * <ul>
 *   <li>Only the step's declared inputs ({@link StepInputs}, its form) are accepted, each checked
 *       for kind, allowed values and limits; anything else is refused naming the field and nothing
 *       is written. Case ids, assignments and decision inputs are never inputs, so no caller can
 *       rebind a task to another case.</li>
 *   <li>Free text is handed to the engine as transient variables: the step's listener moves it
 *       into the domain and it never reaches Camunda's runtime or history tables.</li>
 *   <li>Whoever loses a race (the task was completed a moment ago) gets 409; a listener's refusal
 *       arrives as its Chinese message alone, with the field when it names one.</li>
 * </ul>
 */
@Component
public class TaskCompletion {

    private final TaskService taskService;
    private final FormService formService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final StepContracts contracts;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    public TaskCompletion(TaskService taskService, FormService formService, RepositoryService repositoryService,
                          IdentityService identityService, StepContracts contracts, ObjectMapper json,
                          PlatformTransactionManager transactions) {
        this.taskService = taskService;
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.contracts = contracts;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Completes a task with what a person submitted, as that person (engine authorizations apply). */
    public void complete(String taskId, Map<String, ?> submitted, Authentication caller) {
        complete(taskId, submitted, caller, false);
    }

    /** As {@link #complete(String, Map, Authentication)}; {@code asForm} records it as a form submission. */
    public void complete(String taskId, Map<String, ?> submitted, Authentication caller, boolean asForm) {
        Task task = contracts.asSystem(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            throw new NotFoundException("任务不存在或已办理完毕");
        }
        StepInputs inputs = contracts.ofTask(task);
        VariableMap accepted = accept(inputs, submitted, name -> contracts.asSystem(
                () -> taskService.getVariableTyped(taskId, name)));
        as(caller, () -> transaction.execute(status -> {
            // a form may have been prefilled with earlier text; that copy goes, the new text stays transient
            for (String name : accepted.keySet()) {
                if (ProcessVariable.isTransient(name)) {
                    contracts.asSystem(() -> {
                        if (taskService.getVariableLocal(taskId, name) != null) {
                            taskService.removeVariableLocal(taskId, name);
                        } else if (taskService.getVariable(taskId, name) != null) {
                            taskService.removeVariable(taskId, name);
                        }
                        return null;
                    });
                }
            }
            if (asForm) {
                formService.submitTaskForm(taskId, accepted);
            } else {
                taskService.complete(taskId, accepted);
            }
            return null;
        }));
    }

    /** Completes a task for our own API, as the caller the request carries. */
    public void complete(String taskId, Map<String, ?> submitted) {
        complete(taskId, submitted, identityService.getCurrentAuthentication());
    }

    /**
     * Starts a process from its start form. Only processes with a start form may be started by
     * people; the business key is always the system's.
     */
    public ProcessInstance start(String definitionKey, String definitionId, Map<String, ?> submitted,
                                 Authentication caller) {
        // looked up as the caller: a definition the caller may not read is not there for them
        ProcessDefinition definition = as(caller, () -> definitionKey != null
                ? repositoryService.createProcessDefinitionQuery().processDefinitionKey(definitionKey)
                        .latestVersion().singleResult()
                : repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult());
        if (definition == null) {
            throw new NotFoundException("流程不存在");
        }
        return start(definition, submitted, caller);
    }

    /** As {@link #start(String, String, Map, Authentication)}, for a definition already found. */
    public ProcessInstance start(ProcessDefinition definition, Map<String, ?> submitted, Authentication caller) {
        if (!contracts.hasStartForm(definition)) {
            throw new ForbiddenException("该流程不能直接发起，请通过相应的业务页面办理");
        }
        VariableMap accepted = accept(contracts.ofStart(definition), submitted, name -> null);
        return as(caller, () -> formService.submitStartForm(definition.getId(), accepted));
    }

    /** Checks what was submitted against the declared inputs; returns what the engine may take. */
    VariableMap accept(StepInputs inputs, Map<String, ?> submitted,
                       java.util.function.Function<String, TypedValue> current) {
        VariableMap accepted = Variables.createVariables();
        List<FieldProblem> problems = new ArrayList<>();
        if (submitted != null) {
            for (String name : submitted.keySet()) {
                Object raw = submitted instanceof VariableMap typedMap ? typedMap.getValueTyped(name) : submitted.get(name);
                Object value = plain(raw);
                StepInputs.Input input = inputs.input(name).orElse(null);
                if (input == null) {
                    if (!inputs.isDisplayOnly(name)) {
                        problems.add(new FieldProblem(name, "此环节不接受字段“" + name + "”"));
                    }
                    continue;
                }
                String problem = check(input, value, current);
                if (problem != null) {
                    problems.add(new FieldProblem(name, input.displayName() + "：" + problem));
                } else if (input.isFreeText() && ProcessVariable.isTransient(name)) {
                    accepted.putValueTyped(name, Variables.stringValue((String) value, true));
                } else if (raw instanceof TypedValue typed) {
                    accepted.putValueTyped(name, typed);
                } else {
                    accepted.put(name, raw);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return accepted;
    }

    /** The value as checks read it; JSON and serialized objects as their text. */
    private static Object plain(Object raw) {
        if (raw instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return serializable.getValueSerialized();
        }
        return raw instanceof TypedValue typed ? typed.getValue() : raw;
    }

    private String check(StepInputs.Input input, Object value, java.util.function.Function<String, TypedValue> current) {
        if (value == null) {
            return null;
        }
        switch (input.kind()) {
            case TEXT, FREE_TEXT -> {
                if (!(value instanceof String text)) {
                    return "应为文字";
                }
                if (input.maxLength() != null && text.codePointCount(0, text.length()) > input.maxLength()) {
                    return "最多 " + input.maxLength() + " 个字";
                }
                if (input.pattern() != null && !text.isEmpty() && !input.pattern().matcher(text).matches()) {
                    return "格式不正确";
                }
                return null;
            }
            case NUMBER -> {
                Double number = value instanceof Number n ? Double.valueOf(n.doubleValue()) : parse(value);
                if (number == null) {
                    return "应为数字";
                }
                if (input.min() != null && number < input.min()) {
                    return "不能小于 " + format(input.min());
                }
                if (input.max() != null && number > input.max()) {
                    return "不能大于 " + format(input.max());
                }
                return null;
            }
            case BOOLEAN -> {
                return value instanceof Boolean ? null : "应为是或否";
            }
            case DATE -> {
                return value instanceof String || value instanceof Date ? null : "应为日期";
            }
            case CHOICE -> {
                if (!(value instanceof String choice)) {
                    return "应为选项之一";
                }
                Set<String> allowed = allowedValues(input, current);
                return allowed == null || allowed.contains(choice) ? null : "不是可选的选项";
            }
            case MULTI_CHOICE -> {
                List<String> chosen = strings(value);
                if (chosen == null) {
                    return "应为选项列表";
                }
                Set<String> allowed = allowedValues(input, current);
                return allowed == null || allowed.containsAll(chosen) ? null : "含有不可选的选项";
            }
            default -> {
                return "无法识别";
            }
        }
    }

    /** The options of a choice: fixed in the form, or the option list the step prepared in its variable. */
    private Set<String> allowedValues(StepInputs.Input input, java.util.function.Function<String, TypedValue> current) {
        if (!input.values().isEmpty()) {
            return input.values();
        }
        if (input.valuesKey() == null) {
            return null;
        }
        TypedValue options = current.apply(input.valuesKey());
        Object optionValue = options == null ? null : plain(options);
        JsonNode list = optionValue == null ? null : tree(optionValue);
        if (list == null || !list.isArray()) {
            return Set.of();
        }
        Set<String> allowed = new LinkedHashSet<>();
        list.forEach(option -> allowed.add(option.isObject() ? option.path("value").asText() : option.asText()));
        return allowed;
    }

    private List<String> strings(Object value) {
        JsonNode node = tree(value);
        if (node == null || !node.isArray()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isValueNode() || element.isNull()) {
                return null;
            }
            out.add(element.asText());
        }
        return out;
    }

    private JsonNode tree(Object value) {
        try {
            if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                return json.valueToTree(value);
            }
            return json.readTree(value.toString());
        } catch (Exception e) {
            return null;
        }
    }

    private static Double parse(Object value) {
        try {
            return value instanceof String s ? Double.valueOf(s.trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** Runs engine work as the caller and turns the engine's failures into answers a person can read. */
    private <T> T as(Authentication caller, Supplier<T> work) {
        Authentication before = identityService.getCurrentAuthentication();
        if (caller != null) {
            identityService.setAuthentication(caller);
        }
        try {
            return work.get();
        } catch (OptimisticLockingException | DataIntegrityViolationException e) {
            throw new ConflictException("该任务刚刚已由他人办理，请刷新后查看");
        } catch (ProcessEnginePersistenceException e) {
            if (lostARace(e)) {
                throw new ConflictException("该任务刚刚已由他人办理，请刷新后查看");
            }
            throw e;
        } catch (NullValueException e) {
            throw new ConflictException("该任务已办理完毕，请刷新后查看");
        } catch (AuthorizationException e) {
            throw new ForbiddenException("无权办理此任务");
        } catch (ProcessEngineException e) {
            throw refusal(e);
        } finally {
            if (before != null) {
                identityService.setAuthentication(before);
            } else {
                identityService.clearAuthentication();
            }
        }
    }

    /** A deadlock or lock timeout: two people finishing the same work at once. */
    private static boolean lostARace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransactionRollbackException
                    || (cause.getMessage() != null && cause.getMessage().contains("Deadlock found"))) {
                return true;
            }
        }
        return false;
    }

    /** A listener's or delegate's refusal, as its own Chinese message; anything else stays a failure. */
    static RuntimeException refusal(ProcessEngineException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid;
            }
            if (cause instanceof ConflictException conflict) {
                return conflict;
            }
            if (cause instanceof OptimisticLockingException) {
                return new ConflictException("该任务刚刚已由他人办理，请刷新后查看");
            }
        }
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage();
        if (message != null && (e instanceof BadUserRequestException || hasChinese(message))) {
            return new InvalidInputException(List.of(new FieldProblem("", stripEngineCodes(message))));
        }
        return e;
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** "ENGINE-03051 There was an exception … Message: '…: 理由必填'" → "理由必填". */
    static String stripEngineCodes(String message) {
        String text = message;
        int colon;
        while ((colon = lastAsciiPrefix(text)) >= 0) {
            text = text.substring(colon + 1).strip();
        }
        if (text.endsWith("'")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.strip();
    }

    /** The end of the English lead-in before the first Chinese character, or -1. */
    private static int lastAsciiPrefix(String text) {
        int firstHan = -1;
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.codePointAt(i)) == Character.UnicodeScript.HAN) {
                firstHan = i;
                break;
            }
        }
        if (firstHan <= 0) {
            return -1;
        }
        String lead = text.substring(0, firstHan);
        int colon = Math.max(lead.lastIndexOf(':'), lead.lastIndexOf('\''));
        return colon >= 0 && lead.chars().allMatch(c -> c < 128) ? colon : -1;
    }
}
