package cn.deputylink.suggestion;

import static cn.deputylink.suggestion.SuggestionProcess.*;

import cn.deputylink.ledger.ActivityLedger;
import cn.deputylink.ledger.ActivityType;
import cn.deputylink.shared.calendar.Deadlines;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.notification.Notifications;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code deputy-suggestion}. Each is small and safe to run twice: it sets
 * state rather than adding to it, and ledger entries and notifications carry idempotency keys.
 */
final class SuggestionDelegates {

    private SuggestionDelegates() {
    }

    static Suggestion load(SuggestionRepository suggestions, DelegateExecution execution) {
        Long id = SUGGESTION_ID.require(execution);
        return suggestions.findById(id).orElseThrow(() -> new IllegalStateException("suggestion " + id + " missing"));
    }

    /** 登记建议: links the case file to the process; creates it first when started from Tasklist. */
    @Component("suggestionRegistration")
    static class Registration implements JavaDelegate {
        private final SuggestionRepository suggestions;
        private final SuggestionService service;

        Registration(SuggestionRepository suggestions, SuggestionService service) {
            this.suggestions = suggestions;
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Suggestion s;
            if (SUGGESTION_ID.find(execution).isPresent()) {
                s = load(suggestions, execution);
            } else {
                s = service.registerFromStartForm(INITIATOR.get(execution), execution.getVariable(TITLE.name()),
                        execution.getVariable(CONTENT.name()), execution.getVariable(RAISED_DURING.name()),
                        execution.getVariable("category"), execution.getVariable(CO_SIGNER_CODES.name()));
                for (String formOnly : List.of(TITLE.name(), CONTENT.name(), RAISED_DURING.name(), "category",
                        CO_SIGNER_CODES.name())) {
                    execution.removeVariable(formOnly);
                }
                SUGGESTION_ID.set(execution, s.getId());
            }
            if (execution.getProcessBusinessKey() == null) {
                execution.setProcessBusinessKey(s.getBusinessKey());
            }
            s.setProcessInstanceId(execution.getProcessInstanceId());
            DEPUTY_USER_ID.set(execution, s.getLeadDeputy().getUserId());
            SUGGESTION_TITLE.set(execution, IdentitySync.threeByteSafe(s.getTitle()));
        }
    }

    /** 记入代表履职档案: one SUGGESTION_SUBMITTED entry per signer. */
    @Component("suggestionLedger")
    static class Ledger implements JavaDelegate {
        private final SuggestionRepository suggestions;
        private final ActivityLedger ledger;
        private final Deadlines deadlines;

        Ledger(SuggestionRepository suggestions, ActivityLedger ledger, Deadlines deadlines) {
            this.suggestions = suggestions;
            this.ledger = ledger;
            this.deadlines = deadlines;
        }

        @Override
        public void execute(DelegateExecution execution) {
            record(load(suggestions, execution), ledger, deadlines);
        }

        /** Writes (or finds) each signer's entry and sets its note, which carries the result class once known. */
        static void record(Suggestion s, ActivityLedger ledger, Deadlines deadlines) {
            LocalDate day = deadlines.calendar().today(s.getSubmittedAt());
            for (SuggestionSigner signer : s.getSigners()) {
                String code = signer.getDeputy().getCode();
                String note = (signer.isLeadSigner() ? "领衔" : "联名") + "提出代表建议 " + s.getBusinessKey()
                        + "《" + s.getTitle() + "》"
                        + (s.getResultClass() == null ? "" : "，办理结果：" + s.getResultClass().label());
                String fitted = note.length() > 1000 ? note.substring(0, 1000) : note;
                ledger.recordFromWorkflow(code, ActivityType.SUGGESTION_SUBMITTED, day, null, fitted,
                        "suggestion-submitted:" + s.getBusinessKey() + ":" + code).setNote(fitted);
            }
        }
    }

    /** 交办承办单位: records lead and co-handlers, starts the reply clock (also after a re-assignment). */
    @Component("suggestionAssignment")
    static class Assignment implements JavaDelegate {
        private final SuggestionRepository suggestions;
        private final Deadlines deadlines;
        private final Notifications notifications;

        Assignment(SuggestionRepository suggestions, Deadlines deadlines, Notifications notifications) {
            this.suggestions = suggestions;
            this.deadlines = deadlines;
            this.notifications = notifications;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Suggestion s = load(suggestions, execution);
            String lead = LEAD_DEPARTMENT.require(execution);
            List<String> co = new ArrayList<>(FormValues.codes(execution.getVariable(CO_DEPARTMENTS)));
            co.remove(lead);
            Instant now = SuggestionService.now();
            Date start = Date.from(now);
            Date replyDue = deadlines.dueFrom(DEADLINE_REPLY, start);
            Date coDue = deadlines.dueFrom("suggestion-co-handler-opinion", start);
            boolean sameRound = lead.equals(s.getLeadDepartment()) && s.getAssignedAt() != null
                    && s.getStatus() == SuggestionStatus.HANDLING;
            if (!sameRound) {
                int round = (int) s.getEvents().stream().filter(e -> e.getType() == SuggestionEventType.ASSIGNED).count() + 1;
                s.getDepartments().forEach(SuggestionDepartment::deactivate);
                s.getDepartments().add(new SuggestionDepartment(s, lead, HandlingRole.LEAD, now));
                co.forEach(code -> s.getDepartments().add(new SuggestionDepartment(s, code, HandlingRole.CO_HANDLER, now)));
                s.setLeadDepartment(lead);
                s.setAssignedAt(now);
                s.setReplyDue(replyDue.toInstant());
                s.setExtended(false);
                s.setOverdue(false);
                s.setStatus(SuggestionStatus.HANDLING);
                s.record(SuggestionEventType.ASSIGNED, null, lead,
                        "主办：" + lead + (co.isEmpty() ? "" : "；协办：" + String.join("、", co)), now);
                String title = "交办代表建议 " + s.getBusinessKey();
                notifications.toGroup(Roles.departmentGroup(lead), s.getBusinessKey(), title,
                        "请主办《" + s.getTitle() + "》，办复期限 " + deadlines.calendar().today(replyDue.toInstant().minusNanos(1)),
                        "suggestion-assigned:" + s.getBusinessKey() + ":" + round + ":" + lead);
                for (String code : co) {
                    notifications.toGroup(Roles.departmentGroup(code), s.getBusinessKey(), title,
                            "请协办《" + s.getTitle() + "》，并在期限内向主办单位提出协办意见",
                            "suggestion-assigned:" + s.getBusinessKey() + ":" + round + ":" + code);
                }
            } else {
                replyDue = Date.from(s.getReplyDue());
            }
            LEAD_DEPARTMENT.set(execution, lead);
            CO_DEPARTMENT_LIST.set(execution, co);
            CO_DEPARTMENT_COUNT.set(execution, co.size());
            ASSIGNED_AT.set(execution, Date.from(s.getAssignedAt()));
            REPLY_DUE.set(execution, replyDue);
            CO_OPINION_DUE.set(execution, coDue);
        }
    }

    /** 标记超期并通知督办: the reply (or the new reply after re-handling) is late. */
    @Component("suggestionOverdue")
    static class Overdue implements JavaDelegate {
        private final SuggestionRepository suggestions;
        private final Notifications notifications;

        Overdue(SuggestionRepository suggestions, Notifications notifications) {
            this.suggestions = suggestions;
            this.notifications = notifications;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Suggestion s = load(suggestions, execution);
            Instant now = SuggestionService.now();
            if (!s.isOverdue()) {
                s.setOverdue(true);
                s.record(SuggestionEventType.OVERDUE, null, s.getLeadDepartment(), null, now);
            }
            notifications.toGroup(Roles.SUPERVISORS, s.getBusinessKey(), "代表建议办理超期 " + s.getBusinessKey(),
                    "《" + s.getTitle() + "》主办单位 " + s.getLeadDepartment() + " 未按期办复，请督办",
                    "suggestion-overdue:" + s.getBusinessKey() + ":" + s.getReplyCount() + ":" + s.getLeadDepartment());
        }
    }

    /** 延长办复期限: the approved date, never past the cap counted from assignment; moves the overdue timer. */
    @Component("suggestionExtension")
    static class Extension implements JavaDelegate {
        private final SuggestionRepository suggestions;
        private final Deadlines deadlines;
        private final ManagementService managementService;
        private final TaskService taskService;
        private final IdentitySync identity;

        Extension(SuggestionRepository suggestions, Deadlines deadlines, ManagementService managementService,
                  TaskService taskService, IdentitySync identity) {
            this.suggestions = suggestions;
            this.deadlines = deadlines;
            this.managementService = managementService;
            this.taskService = taskService;
            this.identity = identity;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Suggestion s = load(suggestions, execution);
            Long id = EXTENSION_ID.require(execution);
            SuggestionExtension extension = s.getExtensions().stream().filter(e -> e.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("extension request " + id + " missing"));
            Date assigned = Date.from(s.getAssignedAt());
            Date wanted = extension.getRequestedDue() == null
                    ? deadlines.dueFrom(DEADLINE_REPLY_MAX, assigned)
                    : Date.from(extension.getRequestedDue().plusDays(1).atStartOfDay(deadlines.calendar().zone()).toInstant());
            Date due = deadlines.capped(wanted, DEADLINE_REPLY_MAX, assigned);
            if (s.getReplyDue() != null && due.toInstant().isBefore(s.getReplyDue())) {
                due = Date.from(s.getReplyDue());
            }
            s.setReplyDue(due.toInstant());
            s.setExtended(true);
            extension.setGrantedDue(due.toInstant());
            s.record(SuggestionEventType.EXTENSION_APPROVED, extension.getDecidedBy(), s.getLeadDepartment(),
                    "办复期限延至 " + deadlines.calendar().today(due.toInstant().minusNanos(1)), SuggestionService.now());
            REPLY_DUE.set(execution, due);
            Date newDue = due;
            // the office may not touch jobs and tasks itself; the approval is what authorizes this
            identity.asSystem(() -> {
                for (Job job : managementService.createJobQuery().processInstanceId(execution.getProcessInstanceId())
                        .activityId(BOUNDARY_REPLY_OVERDUE).list()) {
                    managementService.recalculateJobDuedate(job.getId(), false);
                }
                for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                        .taskDefinitionKeyIn(TASK_CONSULT, TASK_REPLY).list()) {
                    task.setDueDate(newDue);
                    taskService.saveTask(task);
                }
                return null;
            });
        }
    }

    /** 送达办复结果: the reply counts (on time or not), the ledger notes the result, the deputy is told. */
    @Component("suggestionReplyPublisher")
    static class ReplyPublisher implements JavaDelegate {
        private final SuggestionRepository suggestions;
        private final ActivityLedger ledger;
        private final Deadlines deadlines;
        private final Notifications notifications;

        ReplyPublisher(SuggestionRepository suggestions, ActivityLedger ledger, Deadlines deadlines,
                       Notifications notifications) {
            this.suggestions = suggestions;
            this.ledger = ledger;
            this.deadlines = deadlines;
            this.notifications = notifications;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Suggestion s = load(suggestions, execution);
            boolean rehandled = FormValues.flag(execution.getVariable(REHANDLED.name()));
            int round = rehandled ? 2 : 1;
            if (s.getReplyCount() < round) {
                s.markReplied(SuggestionService.now());
                s.record(SuggestionEventType.REPLIED, null, s.getLeadDepartment(),
                        s.getResultClass() == null ? null : s.getResultClass().label(), SuggestionService.now());
            }
            s.setStatus(SuggestionStatus.REPLIED);
            Ledger.record(s, ledger, deadlines);
            notifications.toUser(s.getLeadDeputy().getUserId(), s.getBusinessKey(),
                    "代表建议已办复 " + s.getBusinessKey(), "《" + s.getTitle() + "》已办复，请评价办理结果",
                    "suggestion-replied:" + s.getBusinessKey() + ":" + round);
        }
    }

    /** 办结 / 转为来信 / 撤回: the status comes from the task's input parameter {@code closingStatus}. */
    @Component("suggestionClosing")
    static class Closing implements JavaDelegate {
        private final SuggestionRepository suggestions;
        private final Notifications notifications;

        Closing(SuggestionRepository suggestions, Notifications notifications) {
            this.suggestions = suggestions;
            this.notifications = notifications;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Suggestion s = load(suggestions, execution);
            SuggestionStatus status = SuggestionStatus.valueOf(CLOSING_STATUS.require(execution));
            if (s.getStatus() == status) {
                return;
            }
            Instant now = SuggestionService.now();
            s.setStatus(status);
            s.setClosedAt(now);
            if (status == SuggestionStatus.CLOSED) {
                s.record(SuggestionEventType.CLOSED, null, null, null, now);
            }
            if (status == SuggestionStatus.CONVERTED_TO_LETTER) {
                notifications.toUser(s.getLeadDeputy().getUserId(), s.getBusinessKey(),
                        "代表建议转为来信办理 " + s.getBusinessKey(),
                        "《" + s.getTitle() + "》经审核转为来信办理：" + s.getAdmissionComment(),
                        "suggestion-letter:" + s.getBusinessKey());
            }
        }
    }

    /** 催办协办单位: the month for co-handler opinions is up; those still silent are reminded. */
    @Component("suggestionCoHandlerReminder")
    static class CoHandlerReminder implements JavaDelegate {
        private final SuggestionRepository suggestions;
        private final Notifications notifications;

        CoHandlerReminder(SuggestionRepository suggestions, Notifications notifications) {
            this.suggestions = suggestions;
            this.notifications = notifications;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Suggestion s = load(suggestions, execution);
            List<String> late = s.activeDepartments().stream()
                    .filter(d -> d.getRole() == HandlingRole.CO_HANDLER && d.getOpinion() == null)
                    .map(SuggestionDepartment::getDepartmentCode).toList();
            if (late.isEmpty()) {
                return;
            }
            boolean first = s.getEvents().stream().noneMatch(e -> e.getType() == SuggestionEventType.CO_HANDLERS_REMINDED
                    && !e.getCreatedAt().isBefore(s.getAssignedAt()));
            if (first) {
                s.record(SuggestionEventType.CO_HANDLERS_REMINDED, null, null, String.join("、", late),
                        SuggestionService.now());
            }
            for (String code : late) {
                notifications.toGroup(Roles.departmentGroup(code), s.getBusinessKey(),
                        "催办：协办意见逾期 " + s.getBusinessKey(),
                        "请尽快向主办单位 " + s.getLeadDepartment() + " 提出对《" + s.getTitle() + "》的协办意见",
                        "suggestion-co-reminder:" + s.getBusinessKey() + ":" + s.getAssignedAt().toEpochMilli() + ":" + code);
            }
        }
    }
}
