package cn.deputylink.shared.process;

import cn.deputylink.shared.web.ConflictException;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The one way messages reach a running case: correlated by the case's business key. A case
 * that is not waiting for the message is a state conflict (HTTP 409), not a server error.
 */
@Component
public class ProcessMessages {

    private final RuntimeService runtimeService;

    public ProcessMessages(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public void correlate(String messageName, String businessKey, Map<String, Object> variables) {
        try {
            runtimeService.createMessageCorrelation(messageName)
                    .processInstanceBusinessKey(businessKey)
                    .setVariables(variables)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("该事项当前不在可办理此操作的环节：" + businessKey);
        } catch (ProcessEngineException e) {
            if (lostTheWait(e)) {
                throw new ConflictException("该事项刚刚已由他人办理：" + businessKey);
            }
            throw e;
        }
    }

    /**
     * Whether the engine refused a message because another request took the waiting execution a
     * moment before (its subscription is gone): a race lost, not a failure.
     */
    public static boolean lostTheWait(Throwable e) {
        return e instanceof ProcessEngineException && e.getMessage() != null
                && e.getMessage().contains("does not have a subscription to a message event");
    }

    /** Whether a case with this business key is waiting for the message right now. */
    public boolean isWaitingFor(String messageName, String businessKey) {
        return runtimeService.createExecutionQuery()
                .processInstanceBusinessKey(businessKey)
                .messageEventSubscriptionName(messageName)
                .count() > 0;
    }
}
