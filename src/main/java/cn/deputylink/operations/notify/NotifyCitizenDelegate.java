package cn.deputylink.operations.notify;

import cn.deputylink.operations.failure.ExternalSystemDelegate;
import cn.deputylink.operations.failure.StepConfigurationException;
import cn.deputylink.shared.notification.Notifications;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 短信告知群众: texts the citizen of the case through the SMS gateway. Inputs (input parameters
 * of the step): {@value #TEXT} — the message, may use expressions such as
 * {@code 您反映的问题（${execution.processBusinessKey}）已办结}; optional {@value #DEDUPE} — set it when the
 * same step can run more than once per case and each run must send its own message. The phone
 * number comes from the case record ({@link CitizenContacts}), never from a variable.
 *
 * <p>Model it {@code asyncBefore} with {@code failedJobRetryTimeCycle} (see
 * {@link ExternalSystemDelegate}); a resend after a failure is suppressed by the dedupe key.
 */
@Component(NotifyCitizenDelegate.BEAN)
public class NotifyCitizenDelegate extends ExternalSystemDelegate {

    public static final String BEAN = "notifyCitizen";
    public static final String TEXT = "smsText";
    public static final String DEDUPE = "dedupeSuffix";
    /** The input parameters this step reads (element templates and the quality gate use this). */
    public static final List<String> INPUTS = List.of(TEXT);
    /** Input parameters it reads when present. */
    public static final List<String> OPTIONAL_INPUTS = List.of(DEDUPE);

    private final Notifications notifications;
    private final List<CitizenContacts> contacts;

    public NotifyCitizenDelegate(Notifications notifications, List<CitizenContacts> contacts) {
        this.notifications = notifications;
        this.contacts = contacts;
    }

    @Override
    protected String systemName() {
        return "短信网关";
    }

    @Override
    protected void call(DelegateExecution execution) {
        String text = requiredText(execution, TEXT);
        String businessKey = execution.getProcessBusinessKey();
        CitizenContacts source = contacts.stream().filter(c -> businessKey != null && c.handles(businessKey))
                .findFirst()
                .orElseThrow(() -> new StepConfigurationException("流程配置错误：业务编号 " + businessKey
                        + " 没有登记群众联系方式来源（CitizenContacts），无法发送短信。"));
        Object suffix = execution.getVariableLocal(DEDUPE);
        String dedupeKey = "sms:" + execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId()
                + (suffix == null ? "" : ":" + suffix);
        notifications.toCitizen(businessKey, () -> source.phone(businessKey).orElse(null), text, dedupeKey);
    }
}
