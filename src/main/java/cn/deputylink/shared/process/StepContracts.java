package cn.deputylink.shared.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.stereotype.Component;

/**
 * Finds the declared inputs of a step — the Camunda Form deployed with its process version — as
 * the system, whoever asks. A process version never changes once deployed, so the answer is kept
 * per version and step.
 */
@Component
public class StepContracts {

    private final FormService formService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final ObjectMapper json;
    private final Map<String, StepInputs> cache = new ConcurrentHashMap<>();

    public StepContracts(FormService formService, RepositoryService repositoryService,
                         IdentityService identityService, ObjectMapper json) {
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.json = json;
    }

    public StepInputs ofTask(Task task) {
        return cache.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                k -> asSystem(() -> read(() -> formService.getDeployedTaskForm(task.getId()))));
    }

    public StepInputs ofStart(ProcessDefinition definition) {
        return cache.computeIfAbsent(definition.getId() + "#start",
                k -> asSystem(() -> hasStartForm(definition)
                        ? read(() -> formService.getDeployedStartForm(definition.getId()))
                        : StepInputs.none()));
    }

    /** Whether the process's start event has a Camunda Form, i.e. people may start it in Tasklist. */
    public boolean hasStartForm(ProcessDefinition definition) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        return model.getModelElementsByType(StartEvent.class).stream()
                .filter(e -> e.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
                .anyMatch(e -> e.getCamundaFormRef() != null || e.getCamundaFormKey() != null);
    }

    private StepInputs read(java.util.function.Supplier<InputStream> form) {
        try (InputStream in = form.get()) {
            return StepInputs.fromForm(json.readTree(in));
        } catch (ProcessEngineException e) {
            // no Camunda Form at this step: it accepts no input from people
            return StepInputs.none();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("form of a process step cannot be read", e);
        }
    }

    /** Runs without the caller's authentication (the engine then checks nothing) and restores it. */
    <T> T asSystem(java.util.function.Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
