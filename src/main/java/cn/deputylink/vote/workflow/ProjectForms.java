package cn.deputylink.vote.workflow;

import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.ACCEPTANCE_DECISION;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.ACCEPTANCE_OPINION;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.ACCEPTED;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.COMPLETION_SUMMARY;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.DEPARTMENT_CODE;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.INSPECTION_CONCLUSION;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.INSPECTION_FINDINGS;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.MILESTONES_TEXT;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.PLANNED_COMPLETION;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.PLANNED_COMPLETION_DUE;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.PROGRESS_PROBLEMS;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.PROGRESS_SUMMARY;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.PROJECT_ID;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.REWORK;

import cn.deputylink.department.DepartmentRepository;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.vote.project.LivelihoodProject;
import cn.deputylink.vote.project.ProjectMilestone;
import cn.deputylink.vote.project.ProjectService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Task listeners of livelihood-project: each form's input goes into JPA on completion, checked
 * by the same service the API uses; bad input refuses the completion with the field named.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectForms {

    /** Task_PlanImplementation: department options on create; the plan on complete. */
    @Bean("projectPlanForm")
    TaskListener projectPlanForm(ProjectService projects, DepartmentRepository departments,
                                 WorkingDayCalendar calendar) {
        return task -> {
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                List<Map<String, String>> options = departments.findAll().stream()
                        .filter(d -> d.isActive())
                        .sorted((a, b) -> a.getCode().compareTo(b.getCode()))
                        .map(d -> {
                            Map<String, String> option = new LinkedHashMap<>();
                            option.put("label", IdentitySync.threeByteSafe(d.getName()));
                            option.put("value", d.getCode());
                            return option;
                        }).toList();
                task.setVariable(LivelihoodProjectProcess.DEPARTMENT_OPTIONS, FormValues.json(options));
                return;
            }
            if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                return;
            }
            String text = MILESTONES_TEXT.get(task);
            List<ProjectMilestone.Plan> milestones = text != null && !text.isBlank() ? milestones(text)
                    : new ArrayList<>();
            List<Map<String, Object>> rows = milestones.isEmpty()
                    ? FormValues.objectList(task, LivelihoodProjectProcess.MILESTONES) : List.of();
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> row = rows.get(i);
                String date = FormValues.text(row.get("dueDate"));
                LocalDate due = null;
                if (date != null) {
                    try {
                        due = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
                    } catch (RuntimeException e) {
                        throw new InvalidInputException("milestones[" + i + "].dueDate", "节点日期格式应为 yyyy-MM-dd");
                    }
                }
                milestones.add(new ProjectMilestone.Plan(FormValues.text(row.get("title")), due));
            }
            LivelihoodProject project = projects.plan(PROJECT_ID.require(task), DEPARTMENT_CODE.get(task),
                    FormValues.decimal(task, LivelihoodProjectProcess.BUDGET), PLANNED_COMPLETION.get(task), milestones);
            DEPARTMENT_CODE.set(task, project.getDepartmentCode());
            PLANNED_COMPLETION_DUE.set(task, Date.from(project.getPlannedCompletion().plusDays(1)
                    .atStartOfDay(calendar.zone()).toInstant()));
        };
    }

    private static final Pattern MILESTONE_LINE =
            Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?\\s+(.+)$");

    /** One milestone a line: {@code 2026-06-30 完成设计和招标}; a bad line is named. */
    static List<ProjectMilestone.Plan> milestones(String text) {
        List<ProjectMilestone.Plan> result = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = MILESTONE_LINE.matcher(line);
            LocalDate date = null;
            if (m.matches()) {
                try {
                    date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException e) {
                    date = null;
                }
            }
            if (date == null) {
                throw new InvalidInputException(MILESTONES_TEXT.name(),
                        "时间节点第 " + (i + 1) + " 行格式应为“2026-06-30 完成设计和招标”：" + line);
            }
            result.add(new ProjectMilestone.Plan(m.group(4).strip(), date));
        }
        return result;
    }

    /** Task_SubmitProgressReport. */
    @Bean("progressReportForm")
    TaskListener progressReportForm(ProjectService projects) {
        return task -> projects.addProgressReport(PROJECT_ID.require(task),
                FormValues.integer(task, LivelihoodProjectProcess.PERCENT_COMPLETE),
                FormValues.decimal(task, LivelihoodProjectProcess.FUNDS_SPENT), PROGRESS_SUMMARY.get(task),
                PROGRESS_PROBLEMS.get(task), Actors.of(task));
    }

    /** Task_CompleteImplementation. */
    @Bean("completionForm")
    TaskListener completionForm(ProjectService projects) {
        return task -> projects.reportCompletion(PROJECT_ID.require(task), COMPLETION_SUMMARY.get(task),
                FormValues.decimal(task, LivelihoodProjectProcess.ACTUAL_COST));
    }

    /** Task_InspectProject: the deputy who completes it is the inspector. */
    @Bean("inspectionForm")
    TaskListener inspectionForm(ProjectService projects) {
        return (DelegateTask task) -> projects.recordInspection(PROJECT_ID.require(task), Actors.of(task),
                INSPECTION_CONCLUSION.get(task), INSPECTION_FINDINGS.get(task), task.getId());
    }

    /** Task_AcceptProject. */
    @Bean("acceptanceForm")
    TaskListener acceptanceForm(ProjectService projects) {
        return task -> {
            String decision = ACCEPTANCE_DECISION.get(task);
            if (!ACCEPTED.equals(decision) && !REWORK.equals(decision)) {
                throw new InvalidInputException(ACCEPTANCE_DECISION.name(), "请选择验收结论：验收合格或限期整改");
            }
            projects.decideAcceptance(PROJECT_ID.require(task), ACCEPTED.equals(decision), ACCEPTANCE_OPINION.get(task),
                    Actors.of(task));
        };
    }
}
