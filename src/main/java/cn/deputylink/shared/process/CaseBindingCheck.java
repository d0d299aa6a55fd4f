package cn.deputylink.shared.process;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Holds every step of a bound process to its case ({@link CaseBinding}): before each service,
 * rule, send and call step runs and when each user task completes, the case id variable must name
 * the case of the instance's business key. A mismatch — someone rebinding a task to another
 * party's case — fails the step, so nothing is written to either case.
 *
 * <p>A business key names one case for good, so the id found for it is kept.
 */
@Component
public class CaseBindingCheck extends AbstractProcessEnginePlugin implements ExecutionListener, TaskListener {

    private final ObjectProvider<CaseBinding> bindings;
    private final Map<String, Long> caseIds = new ConcurrentHashMap<>();
    private volatile Map<String, CaseBinding> byProcess;

    public CaseBindingCheck(ObjectProvider<CaseBinding> bindings) {
        this.bindings = bindings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new java.util.ArrayList<>() : configuration.getCustomPostBPMNParseListeners();
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                activity.addListener(EVENTNAME_START, CaseBindingCheck.this);
            }

            @Override
            public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                activity.addListener(EVENTNAME_START, CaseBindingCheck.this);
            }

            @Override
            public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                activity.addListener(EVENTNAME_START, CaseBindingCheck.this);
            }

            @Override
            public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
                activity.addListener(EVENTNAME_START, CaseBindingCheck.this);
            }

            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addBuiltInTaskListener(EVENTNAME_COMPLETE, CaseBindingCheck.this);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void notify(DelegateExecution execution) {
        verify(execution);
    }

    @Override
    public void notify(DelegateTask task) {
        verify(task.getExecution());
    }

    private void verify(DelegateExecution execution) {
        String processKey = processKey(execution);
        CaseBinding binding = processKey == null ? null : bindings().get(processKey);
        String businessKey = execution.getProcessBusinessKey();
        if (binding == null || businessKey == null) {
            return;
        }
        Long declared = binding.caseVariable().get(execution);
        if (declared == null) {
            return;
        }
        Long bound = caseIds.get(processKey + "|" + businessKey);
        if (bound == null) {
            Optional<Long> found = binding.caseIdOf(businessKey);
            if (found.isEmpty()) {
                return;
            }
            bound = found.get();
            caseIds.put(processKey + "|" + businessKey, bound);
        }
        if (!Objects.equals(bound, declared)) {
            throw new ProcessEngineException("案件绑定不符，已拒绝办理：流程 " + businessKey + " 的 "
                    + binding.caseVariable().name() + " 不是本案（case binding mismatch）");
        }
    }

    private static String processKey(DelegateExecution execution) {
        String definitionId = execution.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
    }

    private Map<String, CaseBinding> bindings() {
        Map<String, CaseBinding> map = byProcess;
        if (map == null) {
            Map<String, CaseBinding> built = new ConcurrentHashMap<>();
            bindings.orderedStream().forEach(b -> built.put(b.processKey(), b));
            byProcess = map = built;
        }
        return map;
    }
}
