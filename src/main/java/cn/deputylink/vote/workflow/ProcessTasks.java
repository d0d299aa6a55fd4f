package cn.deputylink.vote.workflow;

import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The API's way of finishing a step that Tasklist would otherwise finish: find the open task of a
 * case by business key and element id, as the caller (engine authorizations apply), and complete
 * it with the same variables the task's form submits, so the task listeners do the same work.
 */
@Component
public class ProcessTasks {

    private final TaskService taskService;
    private final IdentitySync identity;

    public ProcessTasks(TaskService taskService, IdentitySync identity) {
        this.taskService = taskService;
        this.identity = identity;
    }

    /** The caller's open task at {@code taskDefinitionKey}; 403 if it is someone else's, 409 if none is open. */
    public Task require(String businessKey, String taskDefinitionKey, String stepName) {
        List<Task> mine = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskDefinitionKey).active().orderByTaskCreateTime().asc().list();
        if (!mine.isEmpty()) {
            return mine.get(0);
        }
        boolean exists = identity.asSystem(() -> taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskDefinitionKey).active().count() > 0);
        if (exists) {
            throw new ForbiddenException("无权办理「" + stepName + "」");
        }
        throw new ConflictException("该事项当前不在「" + stepName + "」环节：" + businessKey);
    }

    /**
     * Completes the task. The engine wraps what a listener or delegate throws; a rule the step
     * broke (bad input, wrong state, not allowed) is unwrapped so the caller gets 400/409/403.
     */
    public void complete(String businessKey, String taskDefinitionKey, String stepName, Map<String, Object> variables) {
        completeTask(require(businessKey, taskDefinitionKey, stepName), variables);
    }

    /** The open tasks at that element the caller may see (several for a multi-instance task). */
    public List<Task> open(String businessKey, String taskDefinitionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskDefinitionKey).active().list();
    }

    public void completeTask(Task task, Map<String, Object> variables) {
        try {
            taskService.complete(task.getId(), variables);
        } catch (ProcessEngineException e) {
            throw unwrap(e);
        }
    }

    static RuntimeException unwrap(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException || t instanceof ConflictException || t instanceof ForbiddenException
                    || t instanceof NotFoundException) {
                return (RuntimeException) t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e;
    }

    /** Whether the case waits at that task at all (whoever may do it). */
    public boolean isWaitingAt(String businessKey, String taskDefinitionKey) {
        return identity.asSystem(() -> taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskDefinitionKey).active().count() > 0);
    }
}
