package cn.deputylink.operations.notify;

import cn.deputylink.operations.failure.StepConfigurationException;
import cn.deputylink.shared.notification.Notifications;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 通知部门/联络站: a message in a group's inbox (e.g. {@code dept-jtj}, {@code station-ty-xl}).
 * Inputs: {@value #GROUP}, {@value #TITLE}, {@value #BODY}; optional {@value #DEDUPE} as for
 * {@link NotifyCitizenDelegate}. Stays inside DeputyLink, so it needs no retry cycle.
 */
@Component(NotifyGroupDelegate.BEAN)
public class NotifyGroupDelegate implements JavaDelegate {

    public static final String BEAN = "notifyGroup";
    public static final String GROUP = "groupId";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String DEDUPE = "dedupeSuffix";
    public static final List<String> INPUTS = List.of(GROUP, TITLE, BODY);
    public static final List<String> OPTIONAL_INPUTS = List.of(DEDUPE);

    private final Notifications notifications;

    public NotifyGroupDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object suffix = execution.getVariableLocal(DEDUPE);
        String dedupeKey = "group:" + execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId()
                + (suffix == null ? "" : ":" + suffix);
        notifications.toGroup(text(execution, GROUP), execution.getProcessBusinessKey(), text(execution, TITLE),
                text(execution, BODY), dedupeKey);
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new StepConfigurationException("流程配置错误：环节“" + execution.getCurrentActivityName()
                    + "”缺少输入参数 " + name + "，请在 Modeler 中补上后重新部署。");
        }
        return value.toString();
    }
}
