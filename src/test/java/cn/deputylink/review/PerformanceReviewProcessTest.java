package cn.deputylink.review;

import static cn.deputylink.review.PerformanceReviewProcess.CREATED_COUNT;
import static cn.deputylink.review.PerformanceReviewProcess.MORE_TO_CREATE;
import static cn.deputylink.review.PerformanceReviewProcess.TOTAL_COUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.deputylink.support.ProcessUnitTest;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The campaign: creation in batches, each batch its own job, progress on the office's task, and
 * the office closing the year only when every deputy review is archived.
 */
@Deployment(resources = {"processes/performance-review.bpmn", "forms/review-campaign-start.form",
        "forms/review-campaign-close.form"})
class PerformanceReviewProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessUnitTest.engineWithCoverageAtLeast(0.9);

    private static final int DEPUTIES = 5;
    private static final int BATCH = 2;

    private final List<Integer> batches = new ArrayList<>();
    private final List<String> registrations = new ArrayList<>();
    private boolean allArchived;
    private boolean summarized;
    private ProcessEngine processEngine;

    @BeforeEach
    void mocks() {
        ProcessUnitTest.bindAssertions(engine);
        processEngine = engine.getProcessEngine();
        Mocks.register("campaignRegistration", (ExecutionListener) ex -> registrations.add(ex.getBusinessKey()));
        Mocks.register("reviewCampaignPreparation", (JavaDelegate) ex -> {
            TOTAL_COUNT.set(ex, DEPUTIES);
            PerformanceReviewProcess.DUTY_REPORT_DUE.set(ex, new Date());
        });
        Mocks.register("reviewBatchCreation", (JavaDelegate) ex -> {
            int created = Math.min(CREATED_COUNT.require(ex) + BATCH, TOTAL_COUNT.require(ex));
            batches.add(created);
            CREATED_COUNT.set(ex, created);
            MORE_TO_CREATE.set(ex, created < TOTAL_COUNT.require(ex));
        });
        Mocks.register("campaignCloseCheck", (TaskListener) task -> {
            if (!allArchived) {
                throw new BadUserRequestException("尚有代表评议未归档，暂不能结束本年度评议");
            }
        });
        Mocks.register("reviewCampaignSummary", (JavaDelegate) ex -> summarized = true);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void createsTheReviewsBatchByBatchEachInItsOwnJobAndClosesOnceAllAreArchived() {
        ProcessInstance campaign = processEngine.getRuntimeService()
                .createProcessInstanceByKey(PerformanceReviewProcess.PROCESS_ID).businessKey("LZPY-2026-ALL")
                .setVariables(Variables.createVariables().putValue("campaignId", 1L).putValue("reviewYear", 2026)
                        .putValue("scope", "ALL").putValue("scopeLabel", "全体代表").putValue("totalCount", 0)
                        .putValue("createdCount", 0).putValue("skippedCount", 0))
                .execute();
        assertThat(campaign).isWaitingAt("Task_PrepareCampaign");
        assertThat(registrations).containsExactly("LZPY-2026-ALL");
        runJob(campaign, "Task_PrepareCampaign");
        assertThat(campaign).isWaitingAt("Task_CreateReviewBatch", "Task_CloseCampaign");

        // the office's task shows the progress while the batches run, one job each
        Task close = processEngine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).singleResult();
        assertThat(close).hasCandidateGroup("liaison-office");
        for (int expected : new int[] {2, 4, 5}) {
            runJob(campaign, "Task_CreateReviewBatch");
            assertThat(processEngine.getTaskService().getVariable(close.getId(), "createdCount")).isEqualTo(expected);
        }
        assertThat(batches).containsExactly(2, 4, 5);
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(campaign.getId()).count())
                .isZero();
        assertThat(campaign).isWaitingAt("Task_CloseCampaign").hasPassed("Gateway_MoreToCreate");

        // not before every review is archived
        assertThatThrownBy(() -> processEngine.getTaskService().complete(close.getId(),
                Variables.createVariables().putValue("closeConfirmed", true)))
                .hasMessageContaining("尚有代表评议未归档");
        assertThat(campaign).isWaitingAt("Task_CloseCampaign");

        allArchived = true;
        processEngine.getTaskService().complete(close.getId(), Variables.createVariables().putValue("closeConfirmed", true));
        runJob(campaign, "Task_SummarizeCampaign");
        assertThat(summarized).isTrue();
        assertThat(campaign).hasPassed("EndEvent_CampaignClosed").isEnded();
    }

    private void runJob(ProcessInstance instance, String activityId) {
        Job job = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
        assertThat(job).as("job at " + activityId).isNotNull();
        processEngine.getManagementService().executeJob(job.getId());
    }
}
