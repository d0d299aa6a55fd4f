package cn.deputylink.vote.workflow;

import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.CONGRESS_GROUP;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.DEPARTMENT_CODE;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.PROJECT_ID;
import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.VOTE_ID;

import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.notification.Notifications;
import cn.deputylink.vote.project.LivelihoodProject;
import cn.deputylink.vote.project.ProjectService;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks of livelihood-project. */
@Configuration(proxyBeanMethods = false)
public class ProjectDelegates {

    /** ServiceTask_RegisterProject: the case learns its project and who inspects it. */
    @Bean("projectRegistration")
    JavaDelegate projectRegistration(ProjectService projects) {
        return execution -> {
            LivelihoodProject project = projects.get(execution.getProcessBusinessKey());
            PROJECT_ID.set(execution, project.getId());
            VOTE_ID.set(execution, project.getVote().getId());
            CONGRESS_GROUP.set(execution, project.getVote().getCongress().groupId());
            BigDecimal cost = project.getCandidate().getEstimatedCost();
            execution.setVariable(LivelihoodProjectProcess.BUDGET, cost.doubleValue());
        };
    }

    /** ServiceTask_NotifyCompletionOverdue and ServiceTask_RemindProgressReport. */
    @Bean("projectReminder")
    JavaDelegate projectReminder(ProjectService projects, Notifications notifications) {
        return (DelegateExecution execution) -> {
            LivelihoodProject project = projects.get(PROJECT_ID.require(execution));
            String department = Roles.departmentGroup(DEPARTMENT_CODE.require(execution));
            String dedupe = execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId();
            if (LivelihoodProjectProcess.NOTIFY_COMPLETION_OVERDUE.equals(execution.getCurrentActivityId())) {
                String text = "民生实事项目《" + project.getTitle() + "》已超过计划完工日期 " + project.getPlannedCompletion()
                        + "，请责任单位说明情况并加快进度。";
                notifications.toGroup(department, project.getBusinessKey(), "民生实事项目逾期未完工", text,
                        "project-overdue:" + dedupe + ":dept");
                notifications.toGroup(Roles.SUPERVISORS, project.getBusinessKey(), "民生实事项目逾期未完工（督办）", text,
                        "project-overdue:" + dedupe + ":supervisors");
            } else {
                notifications.toGroup(department, project.getBusinessKey(), "请报送民生实事项目季度进度",
                        "民生实事项目《" + project.getTitle() + "》的季度进度报告已超期，请尽快报送。",
                        "project-report-overdue:" + dedupe);
            }
        };
    }

    /** ServiceTask_PublishAcceptance: the congress and gov-office learn the project passed acceptance. */
    @Bean("projectAcceptancePublisher")
    JavaDelegate projectAcceptancePublisher(ProjectService projects, Notifications notifications) {
        return execution -> {
            LivelihoodProject project = projects.get(PROJECT_ID.require(execution));
            String text = "民生实事项目《" + project.getTitle() + "》已通过验收，将在下次人代会上接受代表满意度测评。";
            notifications.toGroup(CONGRESS_GROUP.require(execution), project.getBusinessKey(), "民生实事项目通过验收",
                    text, "project-accepted:" + project.getBusinessKey() + ":congress");
            notifications.toGroup(Roles.GOV_OFFICE, project.getBusinessKey(), "民生实事项目通过验收", text,
                    "project-accepted:" + project.getBusinessKey() + ":" + Roles.GOV_OFFICE);
        };
    }

    /** ServiceTask_PublishEvaluation: counts the ratings and publishes the satisfaction result. */
    @Bean("projectEvaluationPublisher")
    JavaDelegate projectEvaluationPublisher(ProjectService projects, Notifications notifications) {
        return execution -> {
            LivelihoodProject project = projects.publishEvaluation(PROJECT_ID.require(execution));
            String text = "民生实事项目《" + project.getTitle() + "》满意度测评结果：满意 " + project.getSatisfied()
                    + " 票，基本满意 " + project.getBasicallySatisfied() + " 票，不满意 " + project.getUnsatisfied()
                    + " 票，满意率 " + (project.satisfactionRate() == null ? "—" : project.satisfactionRate() + "%") + "。";
            notifications.toGroup(CONGRESS_GROUP.require(execution), project.getBusinessKey(), "民生实事项目满意度测评结果",
                    text, "project-evaluated:" + project.getBusinessKey() + ":congress");
            notifications.toGroup(Roles.GOV_OFFICE, project.getBusinessKey(), "民生实事项目满意度测评结果", text,
                    "project-evaluated:" + project.getBusinessKey() + ":" + Roles.GOV_OFFICE);
        };
    }

    /** ServiceTask_ArchiveUnevaluated: no session rated the project within the waiting period. */
    @Bean("projectArchiver")
    JavaDelegate projectArchiver(ProjectService projects) {
        return execution -> projects.closeUnevaluated(PROJECT_ID.require(execution));
    }
}
