package cn.deputylink.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deputylink.operations.support.ProbeCitizenContacts;
import cn.deputylink.operations.support.ScriptedSmsGateway;
import cn.deputylink.shared.notification.AliyunSmsGateway;
import cn.deputylink.shared.notification.SmsDeliveryException;
import cn.deputylink.shared.notification.SmsProperties;
import cn.deputylink.shared.notification.SmsTemplates;
import cn.deputylink.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Alibaba Cloud SMS adapter (official SDK) against a local stub of the provider's HTTP API
 * (RPC style: Action=SendSms with the request in the query): what it sends, and a refusal that
 * ends, after the step's retries, as an incident with a Chinese message and no phone number.
 */
class AliyunSmsGatewayIT extends IntegrationTest {

    private static final String PROCESS = "ops-failure-probe";

    @Autowired
    ScriptedSmsGateway sms;
    @Autowired
    ProbeCitizenContacts citizens;
    @Autowired
    SmsTemplates templates;

    private HttpServer stub;
    private final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<String> answer = new AtomicReference<>();
    private AliyunSmsGateway gateway;

    @BeforeEach
    void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/", exchange -> {
            Map<String, String> params = new LinkedHashMap<>();
            parse(exchange.getRequestURI().getRawQuery(), params);
            parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), params);
            params.put("_method", exchange.getRequestMethod());
            for (String header : List.of("x-acs-action", "x-acs-version", "Authorization")) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    params.put(header, value);
                }
            }
            requests.add(params);
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        SmsProperties.Aliyun settings = new SmsProperties.Aliyun();
        settings.setEndpoint("127.0.0.1:" + stub.getAddress().getPort());
        settings.setProtocol("http");
        settings.setAccessKeyId("stub-key-id");
        settings.setAccessKeySecret("stub-key-secret");
        settings.setMaxAttempts(1);
        gateway = new AliyunSmsGateway(settings);
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            repositoryService.createDeployment().name(PROCESS)
                    .addClasspathResource("operations/models/ops-failure-probe.bpmn")
                    .addClasspathResource("operations/forms/ops-failure-confirm.form").deploy();
        }
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    private static void parse(String raw, Map<String, String> into) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                into.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void sendsSignNameTemplateCodeAndParametersAsTheProviderExpects() throws Exception {
        answer.set("{\"RequestId\":\"stub-1\",\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"900001\"}");
        gateway.send(templates.message("13700001111", "opinion-closed",
                Map.of("code", "YJ-2026-TEST-0001", "outcome", "已办结")));

        assertThat(requests).hasSize(1);
        Map<String, String> sent = requests.get(0);
        // the SDK signs with ACS3-HMAC-SHA256: action and version in headers, the key id in Authorization
        assertThat(sent).containsEntry("x-acs-action", "SendSms").containsEntry("x-acs-version", "2017-05-25")
                .containsEntry("PhoneNumbers", "13700001111").containsEntry("SignName", "云溪市人大")
                .containsEntry("TemplateCode", "SMS_480000005");
        assertThat(sent.get("Authorization")).contains("ACS3-HMAC-SHA256", "Credential=stub-key-id", "Signature=");
        JsonNode params = json.readTree(sent.get("TemplateParam"));
        assertThat(params.path("code").asText()).isEqualTo("YJ-2026-TEST-0001");
        assertThat(params.path("outcome").asText()).isEqualTo("已办结");
        assertThat(sent.toString()).doesNotContain("stub-key-secret");
    }

    @Test
    void aRefusalBecomesAnIncidentAfterTheRetries() {
        answer.set("{\"RequestId\":\"stub-2\",\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发分钟级流控\"}");
        String businessKey = unique("OPS-ALI-");
        String phone = "1370000" + String.format("%04d", (int) (System.nanoTime() % 10_000));
        citizens.register(businessKey, phone);
        sms.route(phone, gateway);
        java.util.Date start = new java.util.Date();
        moveClockTo(start);

        ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS, businessKey);
        for (int attempt = 1; attempt <= 3; attempt++) {
            Job job = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("短信网关");
            moveClockTo(new java.util.Date(start.getTime() + attempt * 5 * 60_000L + 1_000));
        }
        assertThat(requests).as("one call per attempt reached the provider").hasSize(3);
        assertThat(requests.get(0)).containsEntry("PhoneNumbers", phone).containsEntry("TemplateCode", "SMS_480000009");

        Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo("Task_TextCitizen");
        assertThat(incident.getIncidentMessage()).contains("短信网关", businessKey).doesNotContain(phone);
        assertThat(sms.sentTo(phone)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE business_key = ?", Integer.class,
                businessKey)).as("nothing recorded as sent").isZero();
        runtimeService.deleteProcessInstance(pi.getId(), "测试结束");
    }

    @Test
    void theDeliveryExceptionNamesTheProvidersCode() {
        answer.set("{\"RequestId\":\"stub-3\",\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"Message\":\"非法手机号\"}");
        assertThatThrownBy(() -> gateway.send(templates.message("13700002222", "notice", Map.of("content", "测试"))))
                .isInstanceOf(SmsDeliveryException.class).hasMessageContaining("isv.MOBILE_NUMBER_ILLEGAL")
                .hasMessageNotContaining("13700002222");
    }
}
