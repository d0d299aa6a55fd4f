package cn.deputylink.ledger;

import cn.deputylink.operations.failure.StepConfigurationException;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 记入代表履职档案: writes an entry to a deputy's ledger from any workflow step. Inputs:
 * {@value #DEPUTY} (a deputy code, usually {@code ${deputyCode}}), {@value #TYPE} (an
 * {@link ActivityType} name); optional {@value #NOTE}. One entry per case, step and deputy, so a
 * retried or repeated job writes it once.
 */
@Component(RecordToLedgerDelegate.BEAN)
public class RecordToLedgerDelegate implements JavaDelegate {

    public static final String BEAN = "recordToLedger";
    public static final String DEPUTY = "ledgerDeputyCode";
    public static final String TYPE = "ledgerActivityType";
    public static final String NOTE = "ledgerNote";
    public static final List<String> INPUTS = List.of(DEPUTY, TYPE);
    public static final List<String> OPTIONAL_INPUTS = List.of(NOTE);

    private final ActivityLedger ledger;
    private final WorkingDayCalendar calendar;

    public RecordToLedgerDelegate(ActivityLedger ledger, WorkingDayCalendar calendar) {
        this.ledger = ledger;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String deputy = required(execution, DEPUTY);
        ActivityType type;
        try {
            type = ActivityType.valueOf(required(execution, TYPE));
        } catch (IllegalArgumentException e) {
            throw new StepConfigurationException("流程配置错误：环节“" + execution.getCurrentActivityName()
                    + "”的履职活动类型无效：" + execution.getVariable(TYPE));
        }
        Object note = execution.getVariableLocal(NOTE);
        String label = execution.getCurrentActivityName();
        String text = note != null && !note.toString().isBlank() ? note.toString()
                : (label == null ? "" : label) + "（" + execution.getProcessBusinessKey() + "）";
        String sourceKey = "bpmn:" + execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":"
                + deputy;
        try {
            ledger.recordFromWorkflow(deputy, type, calendar.today(ClockUtil.getCurrentTime().toInstant()), null,
                    text, sourceKey);
        } catch (IllegalArgumentException unknownDeputy) {
            throw new StepConfigurationException("环节“" + label + "”要记入履职档案的代表不存在：" + deputy);
        }
    }

    private static String required(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new StepConfigurationException("流程配置错误：环节“" + execution.getCurrentActivityName()
                    + "”缺少输入参数 " + name + "，请在 Modeler 中补上后重新部署。");
        }
        return value.toString().strip();
    }
}
