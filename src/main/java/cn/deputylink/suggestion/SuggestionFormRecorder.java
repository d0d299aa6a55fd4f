package cn.deputylink.suggestion;

import static cn.deputylink.suggestion.SuggestionProcess.*;

import cn.deputylink.department.DepartmentService;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.web.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Listens on every user task of the suggestion workflow. On completion it checks what the form
 * submitted (the engine refuses the completion with the Chinese reason when something is wrong),
 * writes it to the case file and removes free text from the engine, so that the process keeps
 * only routing facts. On creation of the office's assignment tasks it fills the department picker.
 */
@Component("suggestionFormRecorder")
public class SuggestionFormRecorder implements TaskListener {

    private final SuggestionRepository suggestions;
    private final SuggestionService service;
    private final DepartmentService departments;
    private final IdentityService identityService;
    private final ObjectMapper json;

    public SuggestionFormRecorder(SuggestionRepository suggestions, SuggestionService service,
                                  DepartmentService departments, IdentityService identityService, ObjectMapper json) {
        this.json = json;
        this.suggestions = suggestions;
        this.service = service;
        this.departments = departments;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            offerDepartments(task);
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        Suggestion s = suggestions.findById(SUGGESTION_ID.require(task))
                .orElseThrow(() -> new IllegalStateException("suggestion " + SUGGESTION_ID.get(task) + " missing"));
        String actor = actor(task);
        Instant now = SuggestionService.now();
        switch (task.getTaskDefinitionKey()) {
            case TASK_REVIEW_ADMISSION -> admission(task, s, actor, now);
            case TASK_REVISE -> revision(task, s, actor, now);
            case TASK_CO_HANDLER_OPINION -> coHandlerOpinion(task, s, actor, now);
            case TASK_CONSULT -> consultation(task, s, actor, now);
            case TASK_REPLY, TASK_REHANDLE -> reply(task, s);
            case TASK_REVIEW_EXTENSION -> extensionDecision(task, s, actor, now);
            case TASK_REASSIGN -> reassignment(task, s);
            case TASK_RATE -> rating(task, s, actor, now);
            case TASK_SUPERVISE_OVERDUE, TASK_SUPERVISE_UNSATISFIED, TASK_SUPERVISE_KEY -> {
                String note = FormValues.required(task.getVariable(SUPERVISION_NOTE.name()), SUPERVISION_NOTE.name(),
                        "督办意见", 2000);
                s.record(SuggestionEventType.SUPERVISION, actor, null, note, now);
                task.removeVariable(SUPERVISION_NOTE.name());
            }
            case TASK_REPORT_FOLLOW_UP -> {
                String progress = FormValues.required(task.getVariable(FOLLOW_UP_PROGRESS.name()),
                        FOLLOW_UP_PROGRESS.name(), "落实进展", 2000);
                s.record(SuggestionEventType.FOLLOW_UP_REPORT, actor, s.getLeadDepartment(), progress, now);
                if (FormValues.flag(task.getVariable(FOLLOW_UP_RESOLVED.name()))) {
                    s.markResolved(now);
                    s.record(SuggestionEventType.RESOLVED, actor, s.getLeadDepartment(), null, now);
                }
                task.removeVariable(FOLLOW_UP_PROGRESS.name());
            }
            case TASK_REPORT_KEY_PROGRESS -> {
                String progress = FormValues.required(task.getVariable(KEY_PROGRESS.name()), KEY_PROGRESS.name(),
                        "办理进展", 2000);
                s.record(SuggestionEventType.KEY_PROGRESS, actor, s.getLeadDepartment(), progress, now);
                task.removeVariable(KEY_PROGRESS.name());
            }
            default -> {
                // a task this listener does not know about records nothing
            }
        }
    }

    private void admission(DelegateTask task, Suggestion s, String actor, Instant now) {
        Admission admission = FormValues.code(Admission.class, task.getVariable(ADMISSION.name()), ADMISSION.name(),
                "审核结论");
        s.setAdmittedAt(now);
        switch (admission) {
            case ACCEPT -> {
                departmentsOf(task, null);
                task.setVariable(KEY_SUGGESTION.name(), FormValues.flag(task.getVariable(KEY_SUGGESTION.name())));
                s.setKeySuggestion(FormValues.flag(task.getVariable(KEY_SUGGESTION.name())));
                s.setAdmissionComment(null);
            }
            case RETURN -> {
                String comment = FormValues.required(task.getVariable(ADMISSION_COMMENT.name()),
                        ADMISSION_COMMENT.name(), "退回意见", 500);
                s.setAdmissionComment(comment);
                s.countReturn();
                s.setStatus(SuggestionStatus.RETURNED);
                s.record(SuggestionEventType.RETURNED, actor, null, comment, now);
                // the deputy's revision form shows the office's comment
                task.setVariable(ADMISSION_COMMENT.name(), IdentitySync.threeByteSafe(comment));
            }
            case CONVERT_TO_LETTER -> {
                String reason = FormValues.required(task.getVariable(ADMISSION_COMMENT.name()),
                        ADMISSION_COMMENT.name(), "转为来信的理由", 500);
                s.setAdmissionComment(reason);
                s.record(SuggestionEventType.CONVERTED_TO_LETTER, actor, null, reason, now);
            }
        }
    }

    /** Checks the lead and co-handling departments the office chose; they must be active and distinct. */
    private void departmentsOf(DelegateTask task, String previousLead) {
        String lead = FormValues.required(task.getVariable(LEAD_DEPARTMENT.name()), LEAD_DEPARTMENT.name(),
                "主办单位", 40);
        departments.requireActive(LEAD_DEPARTMENT.name(), lead);
        if (lead.equals(previousLead)) {
            throw new InvalidInputException(LEAD_DEPARTMENT.name(), "原主办单位已申请改办，请交办其他单位");
        }
        List<String> co = FormValues.codes(task.getVariable(CO_DEPARTMENTS));
        for (String code : co) {
            departments.requireActive(CO_DEPARTMENTS, code);
            if (code.equals(lead)) {
                throw new InvalidInputException(CO_DEPARTMENTS, "主办单位不能同时列为协办单位：" + code);
            }
        }
        task.setVariable(LEAD_DEPARTMENT.name(), lead);
    }

    private void revision(DelegateTask task, Suggestion s, String actor, Instant now) {
        String action = FormValues.required(task.getVariable(REVISION_ACTION.name()), REVISION_ACTION.name(),
                "处理方式", 20);
        if (REVISION_WITHDRAW.equals(action)) {
            s.record(SuggestionEventType.WITHDRAWN, actor, null, null, now);
        } else if (REVISION_RESUBMIT.equals(action)) {
            String title = FormValues.required(task.getVariable(SUGGESTION_TITLE.name()), SUGGESTION_TITLE.name(),
                    "建议标题", 200);
            String content = FormValues.optional(task.getVariable(CONTENT.name()), CONTENT.name(), "建议内容", 5000);
            s.setTitle(title);
            if (content != null) {
                s.setContent(content);
            }
            s.setStatus(SuggestionStatus.UNDER_REVIEW);
            s.record(SuggestionEventType.RESUBMITTED, actor, null, null, now);
            task.setVariable(SUGGESTION_TITLE.name(), IdentitySync.threeByteSafe(title));
            task.removeVariable(CONTENT.name());
        } else {
            throw new InvalidInputException(REVISION_ACTION.name(), "处理方式取值无效，可选值：RESUBMIT、WITHDRAW");
        }
    }

    private void coHandlerOpinion(DelegateTask task, Suggestion s, String actor, Instant now) {
        String department = CO_DEPARTMENT.require(task);
        String opinion = FormValues.required(task.getVariable(CO_HANDLER_OPINION.name()), CO_HANDLER_OPINION.name(),
                "协办意见", 2000);
        s.activeDepartment(department, HandlingRole.CO_HANDLER).ifPresent(d -> d.giveOpinion(opinion, now));
        s.record(SuggestionEventType.CO_HANDLER_OPINION, actor, department, opinion, now);
        task.removeVariable(CO_HANDLER_OPINION.name());
    }

    private void consultation(DelegateTask task, Suggestion s, String actor, Instant now) {
        LeadAction action = FormValues.code(LeadAction.class, task.getVariable(LEAD_ACTION.name()), LEAD_ACTION.name(),
                "办理情况");
        switch (action) {
            case CONSULTED -> {
                ConsultationMethod method = FormValues.code(ConsultationMethod.class,
                        task.getVariable(CONSULTATION_METHOD.name()), CONSULTATION_METHOD.name(), "面商方式");
                LocalDate date = FormValues.date(task.getVariable(CONSULTATION_DATE.name()), CONSULTATION_DATE.name(),
                        "面商日期");
                if (date.isAfter(LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Shanghai")))) {
                    throw new InvalidInputException(CONSULTATION_DATE.name(), "面商日期不能晚于今天");
                }
                String summary = FormValues.required(task.getVariable(CONSULTATION_SUMMARY.name()),
                        CONSULTATION_SUMMARY.name(), "面商情况", 2000);
                s.recordConsultation(method, date, summary);
                s.record(SuggestionEventType.CONSULTATION, actor, s.getLeadDepartment(),
                        method.label() + "面商（" + date + "）：" + summary, now);
                task.removeVariable(CONSULTATION_SUMMARY.name());
            }
            case WAIVED -> {
                s.waiveConsultation();
                s.record(SuggestionEventType.CONSULTATION_WAIVED, actor, s.getLeadDepartment(), null, now);
            }
            case NOT_OURS -> {
                if (s.isTransferred()) {
                    throw new InvalidInputException(LEAD_ACTION.name(), "改办申请只能提出一次，请继续办理");
                }
                String reason = FormValues.required(task.getVariable(NOT_OURS_REASON.name()), NOT_OURS_REASON.name(),
                        "改办理由", 500);
                s.setTransferred(true);
                s.setTransferReason(reason);
                s.record(SuggestionEventType.NOT_OURS, actor, s.getLeadDepartment(), reason, now);
                // the office's re-assignment form shows the reason
                task.setVariable(NOT_OURS_REASON.name(), IdentitySync.threeByteSafe(reason));
            }
        }
    }

    private void reply(DelegateTask task, Suggestion s) {
        if (!s.isConsulted() && !s.isConsultationWaived()) {
            throw new InvalidInputException(LEAD_ACTION.name(), "尚未记录与代表的面商情况，不能办复（代表明确表示无需面商的除外）");
        }
        ResultClass result = FormValues.code(ResultClass.class, task.getVariable(RESULT_CLASS.name()),
                RESULT_CLASS.name(), "办理结果分类");
        LocalDate promised = null;
        String reason = null;
        if (result == ResultClass.B) {
            promised = FormValues.date(task.getVariable(PROMISED_DATE.name()), PROMISED_DATE.name(), "承诺解决日期");
            if (promised.isBefore(LocalDate.ofInstant(SuggestionService.now(), java.time.ZoneId.of("Asia/Shanghai")))) {
                throw new InvalidInputException(PROMISED_DATE.name(), "承诺解决日期不能早于今天");
            }
        } else if (result == ResultClass.C) {
            reason = FormValues.required(task.getVariable(RESULT_REASON.name()), RESULT_REASON.name(),
                    "暂不能解决的理由", 2000);
        }
        String text = FormValues.required(task.getVariable(REPLY_TEXT.name()), REPLY_TEXT.name(), "答复内容", 5000);
        s.recordReply(result, text, reason, promised);
        task.setVariable(RESULT_CLASS.name(), result.name());
        task.removeVariable(REPLY_TEXT.name());
        task.removeVariable(RESULT_REASON.name());
    }

    private void extensionDecision(DelegateTask task, Suggestion s, String actor, Instant now) {
        String decision = FormValues.required(task.getVariable(EXTENSION_DECISION.name()), EXTENSION_DECISION.name(),
                "审批意见", 20);
        if (!decision.equals(ExtensionDecision.APPROVED.name()) && !decision.equals(ExtensionDecision.REFUSED.name())) {
            throw new InvalidInputException(EXTENSION_DECISION.name(), "审批意见取值无效，可选值：APPROVED、REFUSED");
        }
        String comment = FormValues.optional(task.getVariable(EXTENSION_COMMENT.name()), EXTENSION_COMMENT.name(),
                "说明", 500);
        Long id = EXTENSION_ID.require(task);
        SuggestionExtension extension = s.getExtensions().stream().filter(e -> e.getId().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("extension request " + id + " missing"));
        boolean approved = decision.equals(ExtensionDecision.APPROVED.name());
        extension.decide(approved, actor, comment, now);
        if (!approved) {
            s.record(SuggestionEventType.EXTENSION_REFUSED, actor, null, comment, now);
        }
        task.removeVariable(EXTENSION_COMMENT.name());
    }

    private void reassignment(DelegateTask task, Suggestion s) {
        departmentsOf(task, s.getLeadDepartment());
    }

    private void rating(DelegateTask task, Suggestion s, String actor, Instant now) {
        Rating rating = FormValues.code(Rating.class, task.getVariable(RATING.name()), RATING.name(), "评价");
        String comment = FormValues.optional(task.getVariable(RATING_COMMENT.name()), RATING_COMMENT.name(),
                "评价意见", 500);
        s.rate(rating, comment, now);
        s.record(SuggestionEventType.RATED, actor, null, rating.label() + (comment == null ? "" : "：" + comment), now);
        boolean rehandled = FormValues.flag(task.getVariable(REHANDLED.name()));
        if (rating == Rating.UNSATISFIED && !rehandled) {
            s.setStatus(SuggestionStatus.RE_HANDLING);
        } else if (rating != Rating.UNSATISFIED && s.getResultClass() == ResultClass.B) {
            s.setStatus(SuggestionStatus.FOLLOW_UP);
        }
        task.removeVariable(RATING_COMMENT.name());
    }

    private void offerDepartments(DelegateTask task) {
        List<Map<String, String>> options = service.activeDepartments().stream()
                .map(d -> Map.of("label", IdentitySync.threeByteSafe(d.getName()) + "（" + d.getCode() + "）",
                        "value", d.getCode()))
                .toList();
        try {
            // a Json variable: Tasklist parses it and offers the entries in the pickers (valuesKey)
            task.setVariable(DEPARTMENT_OPTIONS, SpinValues.jsonValue(json.writeValueAsString(options)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String actor(DelegateTask task) {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        return task.getAssignee();
    }
}
