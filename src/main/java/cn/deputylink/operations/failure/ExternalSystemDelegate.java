package cn.deputylink.operations.failure;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Base of every delegate that calls another system (SMS, a government platform, mail…). The BPMN
 * step must be {@code camunda:asyncBefore="true"} with {@code camunda:failedJobRetryTimeCycle}
 * (e.g. {@code R3/PT5M}; the quality gate checks this for every bean of this type): a failure
 * then rolls the step back, the job executor tries again on the cycle, and when the retries are
 * used up the engine raises an incident whose message is {@link FailureMessages#describe}. After
 * the cause is fixed, "重试" in Cockpit (which sets the job's retries) runs the step again and the
 * case continues from there.
 *
 * <p>Subclasses must be safe to run twice (use dedupe keys): the other system may have accepted
 * a call whose transaction then failed. A {@link BpmnError} passes through untouched, so a
 * business outcome (e.g. "号码无效") can still be modelled as an error boundary event.
 */
public abstract class ExternalSystemDelegate implements JavaDelegate {

    /** The other system's name in Chinese, e.g. "短信网关". */
    protected abstract String systemName();

    /** The call itself; throw whatever the client library throws. */
    protected abstract void call(DelegateExecution execution) throws Exception;

    @Override
    public final void execute(DelegateExecution execution) throws Exception {
        try {
            call(execution);
        } catch (BpmnError | ExternalSystemException | StepConfigurationException e) {
            throw e;
        } catch (Exception e) {
            String step = execution.getCurrentActivityName();
            throw new ExternalSystemException(systemName(),
                    FailureMessages.describe(systemName(), step, execution.getProcessBusinessKey(), e), e);
        }
    }

    /** A required input parameter of the step, as a string; a modelling mistake otherwise. */
    protected static String requiredText(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new StepConfigurationException("流程配置错误：环节“" + execution.getCurrentActivityName()
                    + "”缺少输入参数 " + name + "，请在 Modeler 中补上后重新部署。");
        }
        return value.toString();
    }
}
