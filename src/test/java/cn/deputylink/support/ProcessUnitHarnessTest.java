package cn.deputylink.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import cn.deputylink.shared.calendar.Deadlines;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Proves the process-test harness every workflow's tests use: the in-memory engine, mocked
 * beans in expressions, and a working-day timer driven by the engine clock.
 */
class ProcessUnitHarnessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessUnitTest.engine();

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @BeforeEach
    void bind() {
        ProcessUnitTest.bindAssertions(engine);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void aWorkingDayTimerFiresWhenTheEngineClockPassesTheDeadline() {
        Deadlines deadlines = new Deadlines(ConfigFixtures.calendar(), Map.of("sample-reply", "15WD"));
        Mocks.register("deadlines", deadlines);
        BpmnModelInstance model = Bpmn.createExecutableProcess("harness").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Reply").camundaCandidateGroups("dept-jtj")
                .boundaryEvent("BoundaryEvent_ReplyOverdue").timerWithDate("${deadlines.due('sample-reply')}")
                .endEvent("EndEvent_Overdue")
                .moveToActivity("Task_Reply").endEvent("EndEvent_Replied")
                .done();
        ProcessEngine processEngine = engine.getProcessEngine();
        processEngine.getRepositoryService().createDeployment().addModelInstance("harness.bpmn", model).deploy();

        ClockUtil.setCurrentTime(at(2026, 9, 30, 10));
        ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey("harness");
        assertThat(instance).isWaitingAt("Task_Reply");
        assertThat(job().getDuedate()).isEqualTo(at(2026, 10, 28, 0));

        ClockUtil.setCurrentTime(at(2026, 10, 27, 23));
        assertThat(processEngine.getManagementService().createJobQuery().executable().count()).isZero();
        ClockUtil.setCurrentTime(at(2026, 10, 28, 1));
        execute(job());
        assertThat(instance).hasPassed("EndEvent_Overdue").isEnded();
    }

    private static Date at(int y, int m, int d, int h) {
        return Date.from(ZonedDateTime.of(y, m, d, h, 0, 0, 0, SHANGHAI).toInstant());
    }
}
