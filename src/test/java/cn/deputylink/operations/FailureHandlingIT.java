package cn.deputylink.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deputylink.operations.support.ProbeCitizenContacts;
import cn.deputylink.operations.support.ScriptedSmsGateway;
import cn.deputylink.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A step that texts the citizen while the SMS gateway is down: three attempts five minutes apart,
 * then an incident with a Chinese message in Cockpit; after the gateway is back, "重试" in Cockpit
 * (the REST call it makes) sends the message once and the case goes on.
 */
class FailureHandlingIT extends IntegrationTest {

    private static final String PROCESS = "ops-failure-probe";

    @Autowired
    ScriptedSmsGateway sms;
    @Autowired
    ProbeCitizenContacts citizens;

    @BeforeEach
    void deploy() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            repositoryService.createDeployment().name(PROCESS)
                    .addClasspathResource("operations/models/ops-failure-probe.bpmn")
                    .addClasspathResource("operations/forms/ops-failure-confirm.form")
                    .deploy();
        }
    }

    private Job job(String processInstanceId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();
    }

    @Test
    void aFailingGatewayEndsAsAChineseIncidentAndRetryFromCockpitContinuesTheCase() {
        Date start = new Date();
        moveClockTo(start);
        String businessKey = unique("OPS-SMS-");
        String phone = "1390000" + String.format("%04d", (int) (System.nanoTime() % 10_000));
        citizens.register(businessKey, phone);
        sms.failNext(phone, 3, () -> new UncheckedIOException("POST https://sms.example/send to " + phone,
                new ConnectException("Connection refused")));

        ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS, businessKey);
        Job job = job(pi.getId());
        assertThat(job).as("the SMS step runs asynchronously").isNotNull();

        // three attempts, five minutes apart (R3/PT5M), each rolled back
        for (int attempt = 1; attempt <= 3; attempt++) {
            String jobId = job.getId();
            assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("短信网关");
            job = job(pi.getId());
            assertThat(job.getRetries()).isEqualTo(3 - attempt);
            if (attempt < 3) {
                assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).executable().count())
                        .as("not due before the retry interval").isZero();
                moveClockTo(new Date(start.getTime() + attempt * 5 * 60_000L + 1_000));
            }
        }
        assertThat(sms.sentTo(phone)).isEmpty();

        // Cockpit shows the incident with a readable Chinese message (and no phone number)
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo("Task_TextCitizen");
        ResponseEntity<JsonNode> incidents = get("demo", "/engine-rest/incident?processInstanceId=" + pi.getId());
        assertThat(incidents.getStatusCode()).isEqualTo(HttpStatus.OK);
        String message = incidents.getBody().get(0).path("incidentMessage").asText();
        assertThat(message)
                .startsWith("调用短信网关失败：无法连接（对方服务未启动或网络不通）。")
                .contains("业务编号 " + businessKey, "环节“短信告知群众”", "重试")
                .doesNotContain(phone)
                .contains(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(get("supervisor", "/engine-rest/incident?processInstanceId=" + pi.getId()).getBody())
                .as("overseers see incidents in Cockpit").hasSize(1);

        // the gateway is back; the operator presses 重试 (Cockpit: PUT job/{id}/retries)
        ResponseEntity<JsonNode> retry = exchange("demo", HttpMethod.PUT, "/engine-rest/job/" + job.getId() + "/retries",
                Map.of("retries", 1), null);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        managementService.executeJob(job(pi.getId()).getId());

        assertThat(sms.sentTo(phone)).hasSize(1).first().asString().contains(businessKey);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_ConfirmNotice");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE business_key = ? AND channel = 'SMS'",
                Integer.class, businessKey)).isEqualTo(1);
    }

    @Test
    void aCaseWithoutARegisteredContactSourceSaysSoInChinese() {
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS, unique("NOBODY-"));
        Job job = job(pi.getId());
        assertThatThrownBy(() -> managementService.executeJob(job.getId()))
                .hasMessageContaining("没有登记群众联系方式来源");
        // leave no failing job behind for tests that run every due job
        runtimeService.deleteProcessInstance(pi.getId(), "测试结束");
    }

    @Test
    void aStepWithoutItsOwnCycleRetriesOnTheDefaultCycleAsTemplatesLeaveIt() {
        String key = unique("opsDefaultCycle");
        org.camunda.bpm.model.bpmn.BpmnModelInstance model = org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1).startEvent()
                .serviceTask("Task_TextCitizen").name("短信告知群众").camundaAsyncBefore()
                .camundaDelegateExpression("${notifyCitizen}").camundaInputParameter("smsText", "测试")
                .endEvent().done();
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
        Date now = new Date();
        moveClockTo(now);
        String businessKey = unique("OPS-CYCLE-");
        String phone = "1380000" + String.format("%04d", (int) (System.nanoTime() % 10_000));
        citizens.register(businessKey, phone);
        sms.failNext(phone, 1, () -> new IllegalStateException("HTTP 503 Service Unavailable"));
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(key, businessKey);

        assertThatThrownBy(() -> managementService.executeJob(job(pi.getId()).getId()))
                .hasMessageContaining("对方系统内部错误（HTTP 503）");
        Job retried = job(pi.getId());
        assertThat(retried.getRetries()).isEqualTo(2);
        // MySQL keeps whole seconds
        assertThat(retried.getDuedate()).isCloseTo(new Date(now.getTime() + 5 * 60_000L), 1_000);
        runtimeService.deleteProcessInstance(pi.getId(), "测试结束");
    }
}
