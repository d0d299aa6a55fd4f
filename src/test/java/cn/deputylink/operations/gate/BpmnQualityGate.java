package cn.deputylink.operations.gate;

import cn.deputylink.operations.failure.ExternalSystemDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.DataObject;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The project's BPMN rules (see the brief's "BPMN conventions"), checked over every {@code .bpmn}
 * file below a folder against the Camunda Forms below another and the Spring beans of a
 * {@link BeanCatalog}. Each violation names the file and the element, so a designer can find it
 * in Modeler. Used by {@code BpmnQualityGateTest} (deliberately broken models) and
 * {@code ProcessModelsQualityIT} (the real models in {@code processes/} against the real beans).
 */
public final class BpmnQualityGate {

    public record Violation(String file, String elementId, String rule, String message) {
        @Override
        public String toString() {
            return file + " › " + elementId + " [" + rule + "] " + message;
        }
    }

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern PROCESS_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** What Modeler invents: a type word, an underscore and seven characters starting with a digit. */
    private static final Pattern GENERATED_ID = Pattern.compile("[A-Za-z]+_[0-9][0-9a-z]{6}");
    private static final Pattern READABLE_REST = Pattern.compile("[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)*");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$#])([A-Za-z_][A-Za-z0-9_]*)(?![\\w(])(?!\\s+\\()");
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Set<String> EL_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "true",
            "false", "null", "empty", "div", "mod", "instanceof", "execution", "task", "authenticatedUserId");

    /** Id prefixes of Camunda's naming guide, most specific type first. */
    private static final Map<Class<? extends BaseElement>, List<String>> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put(StartEvent.class, List.of("StartEvent_"));
        PREFIXES.put(EndEvent.class, List.of("EndEvent_"));
        PREFIXES.put(BoundaryEvent.class, List.of("BoundaryEvent_"));
        PREFIXES.put(IntermediateCatchEvent.class, List.of("IntermediateCatchEvent_"));
        PREFIXES.put(IntermediateThrowEvent.class, List.of("IntermediateThrowEvent_"));
        // Task_ for every kind of task, or the kind itself (ServiceTask_RecordTriage) when that reads better
        for (Class<? extends Task> kind : List.of(UserTask.class, ServiceTask.class, SendTask.class, ReceiveTask.class,
                ScriptTask.class, BusinessRuleTask.class, ManualTask.class)) {
            PREFIXES.put(kind, List.of("Task_", kind.getSimpleName() + "_"));
        }
        PREFIXES.put(Task.class, List.of("Task_"));
        for (Class<? extends Gateway> kind : List.of(ExclusiveGateway.class, ParallelGateway.class,
                InclusiveGateway.class, EventBasedGateway.class, ComplexGateway.class)) {
            PREFIXES.put(kind, List.of("Gateway_", kind.getSimpleName() + "_"));
        }
        PREFIXES.put(SubProcess.class, List.of("SubProcess_"));
        PREFIXES.put(CallActivity.class, List.of("CallActivity_"));
        PREFIXES.put(SequenceFlow.class, List.of("SequenceFlow_"));
        PREFIXES.put(DataObjectReference.class, List.of("DataObjectReference_"));
        PREFIXES.put(DataObject.class, List.of("DataObject_"));
        PREFIXES.put(DataStoreReference.class, List.of("DataStoreReference_"));
        PREFIXES.put(Message.class, List.of("Msg_", "Message_"));
        PREFIXES.put(Error.class, List.of("Error_"));
        PREFIXES.put(Signal.class, List.of("Signal_"));
        PREFIXES.put(Escalation.class, List.of("Escalation_"));
        PREFIXES.put(Lane.class, List.of("Lane_"));
        PREFIXES.put(Participant.class, List.of("Participant_"));
    }

    private final Path modelsDir;
    private final Path formsDir;
    private final BeanCatalog beans;
    private final ObjectMapper json = new ObjectMapper();

    public BpmnQualityGate(Path modelsDir, Path formsDir, BeanCatalog beans) {
        this.modelsDir = modelsDir;
        this.formsDir = formsDir;
        this.beans = beans;
    }

    /** The .bpmn files the gate looks at. */
    public List<Path> models() {
        if (!Files.isDirectory(modelsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(modelsDir)) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Violation> check() {
        Map<String, Set<String>> forms = forms();
        List<Violation> violations = new ArrayList<>();
        for (Path file : models()) {
            violations.addAll(check(file, forms));
        }
        return violations;
    }

    /** Form id → the field keys the form submits. */
    public Map<String, Set<String>> forms() {
        Map<String, Set<String>> forms = new HashMap<>();
        if (!Files.isDirectory(formsDir)) {
            return forms;
        }
        try (Stream<Path> files = Files.walk(formsDir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode form = json.readTree(file.toFile());
                Set<String> keys = new LinkedHashSet<>();
                collectKeys(form.path("components"), keys);
                forms.put(form.path("id").asText(), keys);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return forms;
    }

    private static void collectKeys(JsonNode components, Set<String> keys) {
        for (JsonNode c : components) {
            if (c.hasNonNull("key")) {
                keys.add(c.get("key").asText());
            }
            collectKeys(c.path("components"), keys);
        }
    }

    private List<Violation> check(Path file, Map<String, Set<String>> forms) {
        String fileName = modelsDir.relativize(file).toString();
        List<Violation> out = new ArrayList<>();
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromFile(file.toFile());
        } catch (RuntimeException e) {
            out.add(new Violation(fileName, "-", "parse", "不是有效的 BPMN 文件：" + e.getMessage()));
            return out;
        }
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        for (Process process : processes) {
            checkProcess(fileName, file, process, out);
        }
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            checkId(fileName, element, out);
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!chinese(node.getName())) {
                out.add(new Violation(fileName, node.getId(), "chinese-name",
                        "流程元素须有中文名称（现为 “" + nullToEmpty(node.getName()) + "”）"));
            }
        }
        for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
            if ((gateway instanceof ExclusiveGateway || gateway instanceof InclusiveGateway)
                    && gateway.getOutgoing().size() > 1) {
                for (SequenceFlow flow : gateway.getOutgoing()) {
                    if (!chinese(flow.getName())) {
                        out.add(new Violation(fileName, flow.getId(), "chinese-name",
                                "网关 " + gateway.getId() + " 的出口连线须有中文名称，说明走这条线的条件"));
                    }
                }
            }
        }
        Set<String> staticVariables = staticVariables(model, forms);
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkUserTask(fileName, task, forms, out);
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            checkImplementation(fileName, node, out);
            checkListeners(fileName, node, out);
        }
        for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
            checkGatewayVariables(fileName, gateway, forms, staticVariables, out);
        }
        return out;
    }

    private void checkProcess(String fileName, Path file, Process process, List<Violation> out) {
        String id = process.getId();
        if (!PROCESS_ID.matcher(nullToEmpty(id)).matches()) {
            out.add(new Violation(fileName, id, "process-id", "流程 id 须为小写字母与连字符，如 opinion-handling"));
        }
        if (!file.getFileName().toString().equals(id + ".bpmn")) {
            out.add(new Violation(fileName, id, "file-name", "文件名须与流程 id 一致：" + id + ".bpmn"));
        }
        if (!process.isExecutable()) {
            out.add(new Violation(fileName, id, "executable", "流程须标为可执行（isExecutable=\"true\"）"));
        }
        if (process.getCamundaHistoryTimeToLiveString() == null
                || process.getCamundaHistoryTimeToLiveString().isBlank()) {
            out.add(new Violation(fileName, id, "history-ttl",
                    "流程缺少历史保留时间（camunda:historyTimeToLive），部署会被引擎拒绝"));
        }
        if (!chinese(process.getName())) {
            out.add(new Violation(fileName, id, "chinese-name", "流程须有中文名称"));
        }
    }

    private void checkId(String fileName, BaseElement element, List<Violation> out) {
        String id = element.getId();
        if (id == null) {
            return;
        }
        List<String> prefixes = null;
        for (Map.Entry<Class<? extends BaseElement>, List<String>> e : PREFIXES.entrySet()) {
            if (e.getKey().isInstance(element)) {
                prefixes = e.getValue();
                break;
            }
        }
        if (prefixes == null) {
            return;
        }
        if (GENERATED_ID.matcher(id).matches()) {
            out.add(new Violation(fileName, id, "generated-id",
                    "id 是 Modeler 自动生成的，请改为可读的 id，如 " + prefixes.get(0) + "ReviewOpinion"));
            return;
        }
        boolean ok = prefixes.stream().anyMatch(p -> id.startsWith(p)
                && READABLE_REST.matcher(id.substring(p.length())).matches());
        if (!ok) {
            out.add(new Violation(fileName, id, "id-naming",
                    "id 须以 " + String.join(" 或 ", prefixes) + " 开头，后接大写字母开头的英文词，如 "
                            + prefixes.get(0) + "ReviewOpinion"));
        }
    }

    private void checkUserTask(String fileName, UserTask task, Map<String, Set<String>> forms, List<Violation> out) {
        if (blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaAssignee())
                && blank(task.getCamundaCandidateUsers())) {
            out.add(new Violation(fileName, task.getId(), "task-assignment",
                    "用户任务须指定候选组（camunda:candidateGroups）或办理人（camunda:assignee）"));
        }
        String formRef = task.getCamundaFormRef();
        if (blank(formRef)) {
            out.add(new Violation(fileName, task.getId(), "task-form",
                    "用户任务须引用 Camunda 表单（camunda:formRef），表单放在 forms/"));
        } else if (!formRef.startsWith("${") && !forms.containsKey(formRef)) {
            out.add(new Violation(fileName, task.getId(), "task-form",
                    "引用的表单 " + formRef + " 在 forms/ 中不存在"));
        } else if (!"deployment".equals(task.getCamundaFormRefBinding())) {
            out.add(new Violation(fileName, task.getId(), "task-form",
                    "表单须与流程同一部署（camunda:formRefBinding=\"deployment\"）"));
        }
    }

    /** Service, send and message-throwing steps run a Spring bean named by delegateExpression. */
    private void checkImplementation(String fileName, FlowNode node, List<Violation> out) {
        String delegate;
        boolean otherImplementation;
        if (node instanceof ServiceTask t) {
            delegate = t.getCamundaDelegateExpression();
            otherImplementation = t.getCamundaClass() != null || t.getCamundaExpression() != null
                    || t.getCamundaType() != null;
        } else if (node instanceof SendTask t) {
            delegate = t.getCamundaDelegateExpression();
            otherImplementation = t.getCamundaClass() != null || t.getCamundaExpression() != null
                    || t.getCamundaType() != null;
        } else if ((node instanceof IntermediateThrowEvent || node instanceof EndEvent)
                && messageDefinition(node).isPresent()) {
            MessageEventDefinition m = messageDefinition(node).get();
            delegate = m.getCamundaDelegateExpression();
            otherImplementation = m.getCamundaClass() != null || m.getCamundaExpression() != null
                    || m.getCamundaType() != null;
            if (delegate == null && !otherImplementation) {
                return;
            }
        } else if (node instanceof ScriptTask) {
            out.add(new Violation(fileName, node.getId(), "delegate", "不使用脚本任务：请改为调用 Spring bean 的服务任务"));
            return;
        } else {
            return;
        }
        if (delegate == null) {
            out.add(new Violation(fileName, node.getId(), "delegate",
                    otherImplementation ? "服务任务须用 camunda:delegateExpression=\"${beanName}\"（不用 class、expression 或 external）"
                            : "服务任务缺少实现（camunda:delegateExpression=\"${beanName}\"）"));
            return;
        }
        Matcher m = BEAN_EXPRESSION.matcher(delegate.strip());
        if (!m.matches()) {
            out.add(new Violation(fileName, node.getId(), "delegate",
                    "delegateExpression 须只写 bean 名称，如 ${notifyCitizen}（现为 " + delegate + "）"));
            return;
        }
        String bean = m.group(1);
        Optional<Class<?>> type = beans.type(bean);
        if (type.isEmpty()) {
            out.add(new Violation(fileName, node.getId(), "delegate", "没有名为 " + bean + " 的 Spring bean"));
            return;
        }
        if (type.get() != null && ExternalSystemDelegate.class.isAssignableFrom(type.get())) {
            // the retry cycle may be the step's own or the engine default (RetryDefaults, R3/PT5M)
            if (!node.isCamundaAsyncBefore()) {
                out.add(new Violation(fileName, node.getId(), "external-async",
                        bean + " 调用外部系统：环节须设 camunda:asyncBefore=\"true\"（异步前），失败时才会按重试周期"
                                + "（本环节的 failedJobRetryTimeCycle，或默认 R3/PT5M）重试并在 Cockpit 中形成可重试的事件"));
            }
        }
        Set<String> inputs = inputParameterNames(node);
        for (String required : declaredInputs(type.get())) {
            if (!inputs.contains(required)) {
                out.add(new Violation(fileName, node.getId(), "delegate-input",
                        bean + " 读取输入参数 " + required + "，环节未设置（camunda:inputParameter name=\"" + required + "\"）"));
            }
        }
    }

    private void checkListeners(String fileName, FlowNode node, List<Violation> out) {
        List<String> delegates = new ArrayList<>();
        for (CamundaExecutionListener l : extensions(node, CamundaExecutionListener.class)) {
            if (l.getCamundaClass() != null) {
                out.add(new Violation(fileName, node.getId(), "delegate", "监听器须用 delegateExpression 调用 Spring bean，不用 class"));
            }
            if (l.getCamundaDelegateExpression() != null) {
                delegates.add(l.getCamundaDelegateExpression());
            }
        }
        for (CamundaTaskListener l : extensions(node, CamundaTaskListener.class)) {
            if (l.getCamundaClass() != null) {
                out.add(new Violation(fileName, node.getId(), "delegate", "监听器须用 delegateExpression 调用 Spring bean，不用 class"));
            }
            if (l.getCamundaDelegateExpression() != null) {
                delegates.add(l.getCamundaDelegateExpression());
            }
        }
        for (String d : delegates) {
            Matcher m = BEAN_EXPRESSION.matcher(d.strip());
            if (!m.matches() || beans.type(m.group(1)).isEmpty()) {
                out.add(new Violation(fileName, node.getId(), "delegate", "监听器引用的 bean 不存在：" + d));
            }
        }
    }

    /**
     * A gateway right after a user task decides on what that task's form submitted: every
     * variable in its conditions must be a field of that form, unless the model sets it
     * elsewhere in a way one can see (another form, an output parameter, a result variable).
     */
    private void checkGatewayVariables(String fileName, Gateway gateway, Map<String, Set<String>> forms,
                                       Set<String> staticVariables, List<Violation> out) {
        List<UserTask> before = gateway.getIncoming().stream().map(SequenceFlow::getSource)
                .filter(UserTask.class::isInstance).map(UserTask.class::cast).toList();
        if (before.size() != 1 || gateway.getIncoming().size() != 1) {
            return;
        }
        UserTask task = before.get(0);
        Set<String> formKeys = forms.getOrDefault(nullToEmpty(task.getCamundaFormRef()), Set.of());
        for (SequenceFlow flow : gateway.getOutgoing()) {
            ConditionExpression condition = flow.getConditionExpression();
            if (condition == null) {
                continue;
            }
            for (String variable : variables(condition.getTextContent())) {
                if (!formKeys.contains(variable) && !staticVariables.contains(variable)) {
                    out.add(new Violation(fileName, flow.getId(), "form-field",
                            "条件使用的变量 " + variable + " 不在前一环节 " + task.getId() + " 的表单 "
                                    + nullToEmpty(task.getCamundaFormRef()) + " 中"));
                }
            }
        }
    }

    /** Variables an EL expression reads: identifiers outside strings, not properties, calls or beans. */
    public Set<String> variables(String expression) {
        Set<String> names = new LinkedHashSet<>();
        if (expression == null) {
            return names;
        }
        String text = STRING_LITERAL.matcher(expression).replaceAll("''");
        Matcher body = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL).matcher(text);
        while (body.find()) {
            Matcher id = IDENTIFIER.matcher(body.group(1));
            while (id.find()) {
                String name = id.group(1);
                if (!EL_WORDS.contains(name) && beans.type(name).isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private Set<String> staticVariables(BpmnModelInstance model, Map<String, Set<String>> forms) {
        Set<String> names = new LinkedHashSet<>();
        for (UserTask t : model.getModelElementsByType(UserTask.class)) {
            names.addAll(forms.getOrDefault(nullToEmpty(t.getCamundaFormRef()), Set.of()));
        }
        for (StartEvent s : model.getModelElementsByType(StartEvent.class)) {
            names.addAll(forms.getOrDefault(nullToEmpty(s.getCamundaFormRef()), Set.of()));
        }
        for (CamundaOutputParameter p : model.getModelElementsByType(CamundaOutputParameter.class)) {
            names.add(p.getCamundaName());
        }
        for (BusinessRuleTask t : model.getModelElementsByType(BusinessRuleTask.class)) {
            if (t.getCamundaResultVariable() != null) {
                names.add(t.getCamundaResultVariable());
            }
        }
        for (ServiceTask t : model.getModelElementsByType(ServiceTask.class)) {
            if (t.getCamundaResultVariable() != null) {
                names.add(t.getCamundaResultVariable());
            }
        }
        return names;
    }

    /** The input parameters a delegate declares it reads: a {@code public static final List<String> INPUTS}. */
    public static List<String> declaredInputs(Class<?> type) {
        return staticList(type, "INPUTS");
    }

    /** Input parameters a delegate reads when present: {@code OPTIONAL_INPUTS}. */
    public static List<String> optionalInputs(Class<?> type) {
        return staticList(type, "OPTIONAL_INPUTS");
    }

    @SuppressWarnings("unchecked")
    private static List<String> staticList(Class<?> type, String field) {
        if (type == null) {
            return List.of();
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                if (Modifier.isStatic(f.getModifiers()) && List.class.isAssignableFrom(f.getType())) {
                    return (List<String>) f.get(null);
                }
            } catch (NoSuchFieldException e) {
                // look at the superclass (Spring may hand us a CGLIB subclass)
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.of();
    }

    private static Set<String> inputParameterNames(FlowNode node) {
        Set<String> names = new LinkedHashSet<>();
        for (CamundaInputOutput io : extensions(node, CamundaInputOutput.class)) {
            for (CamundaInputParameter p : io.getCamundaInputParameters()) {
                names.add(p.getCamundaName());
            }
        }
        return names;
    }

    private static Optional<MessageEventDefinition> messageDefinition(FlowNode node) {
        return node.getChildElementsByType(MessageEventDefinition.class).stream().findFirst();
    }

    private static <T extends ModelElementInstance> List<T> extensions(BaseElement element, Class<T> type) {
        ExtensionElements ext = element.getExtensionElements();
        if (ext == null) {
            return List.of();
        }
        return ext.getElementsQuery().filterByType(type).list();
    }

    private static boolean chinese(String text) {
        return text != null && CJK.matcher(text).find();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
