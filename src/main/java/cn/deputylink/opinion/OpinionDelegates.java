package cn.deputylink.opinion;

import static cn.deputylink.opinion.OpinionProcess.CASE_SUMMARY;
import static cn.deputylink.opinion.OpinionProcess.CATEGORY;
import static cn.deputylink.opinion.OpinionProcess.DEPARTMENT_CODE;
import static cn.deputylink.opinion.OpinionProcess.DEPARTMENT_HINT;
import static cn.deputylink.opinion.OpinionProcess.DEPUTY_CODE;
import static cn.deputylink.opinion.OpinionProcess.DUPLICATE_HINT;
import static cn.deputylink.opinion.OpinionProcess.FEEDBACK_BY;
import static cn.deputylink.opinion.OpinionProcess.FEEDBACK_CHANNEL;
import static cn.deputylink.opinion.OpinionProcess.FEEDBACK_OUTCOME;
import static cn.deputylink.opinion.OpinionProcess.HANDLING_ROUND;
import static cn.deputylink.opinion.OpinionProcess.MERGED;
import static cn.deputylink.opinion.OpinionProcess.MERGE_INTO;
import static cn.deputylink.opinion.OpinionProcess.MERGE_REQUESTED;
import static cn.deputylink.opinion.OpinionProcess.OPINION_ID;
import static cn.deputylink.opinion.OpinionProcess.PROPOSED_DEPARTMENT;
import static cn.deputylink.opinion.OpinionProcess.RATING;
import static cn.deputylink.opinion.OpinionProcess.REASSIGN;
import static cn.deputylink.opinion.OpinionProcess.REASSIGN_REASON;
import static cn.deputylink.opinion.OpinionProcess.REJECT_REASON;
import static cn.deputylink.opinion.OpinionProcess.REPLY;
import static cn.deputylink.opinion.OpinionProcess.REPLY_DUE;
import static cn.deputylink.opinion.OpinionProcess.ROUTE;
import static cn.deputylink.opinion.OpinionProcess.STATION_CODE;
import static cn.deputylink.opinion.OpinionProcess.STATION_DEPUTIES;
import static cn.deputylink.opinion.OpinionProcess.STATION_LEVEL;
import static cn.deputylink.opinion.OpinionProcess.SUPERVISION_NOTE;
import static cn.deputylink.opinion.OpinionProcess.TRIAGE_NOTE;
import static cn.deputylink.opinion.OpinionProcess.URGENT;

import cn.deputylink.opinion.OpinionCases.Escalation;
import cn.deputylink.opinion.OpinionCases.TriageContext;
import cn.deputylink.opinion.OpinionCases.TriageInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.springframework.stereotype.Component;

/**
 * The service tasks and listeners of opinion-handling.bpmn, one bean each (named as in the model).
 * They move ids and codes between the process and {@link OpinionCases}; free text the forms put
 * into the process is handed to JPA and removed from the process right away.
 */
public final class OpinionDelegates {

    private OpinionDelegates() {
    }

    static String actor(ProcessEngineServices services) {
        Authentication auth = services.getIdentityService().getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }

    static void remove(VariableScope scope, Object... variables) {
        for (Object v : variables) {
            scope.removeVariable(v.toString());
        }
    }

    /** 准备研判: form context (summary, similar cases, proposal) and a clean slate for the triage form. */
    @Component("opinionPrepareTriage")
    public static class PrepareTriage implements JavaDelegate {
        private final OpinionCases cases;

        public PrepareTriage(OpinionCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String proposal = PROPOSED_DEPARTMENT.get(execution);
            TriageContext context = cases.prepareTriage(OPINION_ID.require(execution), proposal);
            CASE_SUMMARY.set(execution, context.caseSummary());
            DUPLICATE_HINT.set(execution, context.duplicateHint());
            DEPARTMENT_HINT.set(execution, context.departmentHint());
            STATION_DEPUTIES.set(execution, context.stationDeputies());
            // the proposal pre-fills the department field; staff may override it
            DEPARTMENT_CODE.set(execution, proposal);
            ROUTE.set(execution, null);
            MERGE_REQUESTED.set(execution, false);
            MERGE_INTO.set(execution, null);
            DEPUTY_CODE.set(execution, null);
        }
    }

    /** 记录研判结果: checks the triage form; a refusal keeps the task open with the reason. */
    @Component("opinionRecordTriage")
    public static class RecordTriage implements JavaDelegate {
        private final OpinionCases cases;

        public RecordTriage(OpinionCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            boolean merge = Boolean.TRUE.equals(MERGE_REQUESTED.get(execution));
            TriageInput input = new TriageInput(merge, MERGE_INTO.get(execution), ROUTE.get(execution),
                    CATEGORY.get(execution), URGENT.get(execution), DEPARTMENT_CODE.get(execution),
                    PROPOSED_DEPARTMENT.get(execution), DEPUTY_CODE.get(execution), REPLY.get(execution),
                    REJECT_REASON.get(execution), TRIAGE_NOTE.get(execution));
            boolean merged = cases.recordTriage(OPINION_ID.require(execution), input,
                    actor(execution.getProcessEngineServices()));
            MERGED.set(execution, merged);
            remove(execution, REPLY, REJECT_REASON, TRIAGE_NOTE);
        }
    }

    /** 并案. */
    @Component("opinionMerge")
    public static class Merge implements JavaDelegate {
        private final OpinionCases cases;

        public Merge(OpinionCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            cases.merge(OPINION_ID.require(execution), MERGE_INTO.require(execution),
                    actor(execution.getProcessEngineServices()));
        }
    }

    /** 提交上级站点: the parent station's staff triage next. */
    @Component("opinionEscalate")
    public static class Escalate implements JavaDelegate {
        private final OpinionCases cases;

        public Escalate(OpinionCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Escalation to = cases.escalate(OPINION_ID.require(execution), STATION_CODE.require(execution));
            STATION_CODE.set(execution, to.stationCode());
            STATION_LEVEL.set(execution, to.stationLevel());
        }
    }

    /** 转为代表建议: through the suggestion feature's SuggestionHandover; without it, an incident. */
    @Component("opinionHandOver")
    public static class HandOver implements JavaDelegate {
        private final OpinionCases cases;

        public HandOver(OpinionCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            cases.handOver(OPINION_ID.require(execution));
        }
    }

    /** 交办承办单位: sets the deadline the task's due date and the timers use. */
    @Component("opinionAssignDepartment")
    public static class AssignDepartment implements JavaDelegate {
        private final OpinionCases cases;

        public AssignDepartment(OpinionCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = OPINION_ID.require(execution);
            REPLY_DUE.set(execution, cases.assign(id, DEPARTMENT_CODE.require(execution)));
            HANDLING_ROUND.set(execution, cases.require(id).handlingRound());
            CASE_SUMMARY.set(execution, cases.summary(id));
            REASSIGN.set(execution, false);
        }
    }

    /** 提醒承办单位. */
    @Component("opinionRemindDepartment")
    public static class RemindDepartment implements JavaDelegate {
        private final OpinionCases cases;

        public RemindDepartment(OpinionCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            cases.remind(OPINION_ID.require(execution));
        }
    }

    /** 标记超期: the case shows overdue until the department replies. */
    @Component("opinionMarkOverdue")
    public static class MarkOverdue implements JavaDelegate {
        private final OpinionCases cases;

        public MarkOverdue(OpinionCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            cases.markOverdue(OPINION_ID.require(execution));
        }
    }

    /** 记录办理结果: a reply, or "not ours" with a reason. */
    @Component("opinionRecordDepartmentResult")
    public static class RecordDepartmentResult implements JavaDelegate {
        private final OpinionCases cases;

        public RecordDepartmentResult(OpinionCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            boolean reassign = Boolean.TRUE.equals(REASSIGN.get(execution));
            cases.recordDepartmentResult(OPINION_ID.require(execution), reassign, REASSIGN_REASON.get(execution),
                    REPLY.get(execution), actor(execution.getProcessEngineServices()));
            REASSIGN.set(execution, reassign);
            remove(execution, REPLY, REASSIGN_REASON);
        }
    }

    /** 告知群众答复 (SMS stand-in). */
    @Component("opinionPublishReply")
    public static class PublishReply implements JavaDelegate {
        private final OpinionCases cases;

        public PublishReply(OpinionCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            cases.publishReply(OPINION_ID.require(execution));
        }
    }

    /** 记录评价: decides between archive, re-handling and supervision. */
    @Component("opinionRecordFeedback")
    public static class RecordFeedback implements JavaDelegate {
        private final OpinionCases cases;

        public RecordFeedback(OpinionCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String outcome = cases.recordFeedback(OPINION_ID.require(execution), RATING.get(execution),
                    FEEDBACK_CHANNEL.get(execution), FEEDBACK_BY.get(execution));
            FEEDBACK_OUTCOME.set(execution, outcome);
        }
    }

    /** On completing a supervision task: the note goes to the timeline, not into the process. */
    @Component("opinionRecordSupervision")
    public static class RecordSupervision implements TaskListener {
        private final OpinionCases cases;

        public RecordSupervision(OpinionCases cases) {
            this.cases = cases;
        }

        @Override
        public void notify(DelegateTask task) {
            String actor = task.getAssignee() != null ? task.getAssignee() : actor(task.getProcessEngineServices());
            cases.recordSupervision(OPINION_ID.require(task), SUPERVISION_NOTE.get(task), actor);
            remove(task, SUPERVISION_NOTE);
        }
    }

    /** 归档. */
    @Component("opinionArchive")
    public static class Archive implements JavaDelegate {
        private final OpinionCases cases;

        public Archive(OpinionCases cases) {
            this.cases = cases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            cases.archive(OPINION_ID.require(execution));
        }
    }
}
