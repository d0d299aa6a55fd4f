package cn.deputylink.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.deputylink.support.IntegrationTest;
import cn.deputylink.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The mysql profile on a real MySQL-compatible server: schema, engine, and utf8mb4 text. */
class MysqlProfileIT extends IntegrationTest {

    @Test
    void runsOnTheMysqlCompatibleServer() {
        String product = jdbc.queryForObject("SELECT VERSION()", String.class);
        assertThat(product).containsAnyOf("MariaDB", "8.");
        assertThat(jdbc.queryForObject("SELECT DATABASE()", String.class)).isEqualTo(TestDatabase.get().database());
        // MariaDB before 11.1 names it tx_isolation, MySQL 8 transaction_isolation
        String variable = product.contains("MariaDB") ? "@@SESSION.tx_isolation" : "@@SESSION.transaction_isolation";
        assertThat(jdbc.queryForObject("SELECT " + variable, String.class)).isEqualTo("READ-COMMITTED");
    }

    @Test
    void domainAndCamundaSchemasAreCreated() {
        List<String> tables = jdbc.queryForList(
                "SELECT LOWER(TABLE_NAME) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()", String.class);
        assertThat(tables).contains("act_re_procdef", "act_ru_task", "act_hi_procinst", "act_id_user",
                "flyway_schema_history", "liaison_station", "deputy", "department", "activity_record");
        List<String> collations = jdbc.queryForList("""
                SELECT DISTINCT TABLE_COLLATION FROM information_schema.TABLES
                WHERE TABLE_SCHEMA = DATABASE() AND LOWER(TABLE_NAME) NOT LIKE 'act\\_%'
                  AND LOWER(TABLE_NAME) <> 'flyway_schema_history'""", String.class);
        assertThat(collations).isNotEmpty().allSatisfy(c -> assertThat(c).startsWith("utf8mb4"));
        Integer failed = jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0",
                Integer.class);
        assertThat(failed).isZero();
    }

    @Test
    void aProcessStartsAndCompletes() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("platformSmoke")
                .name("平台自检").camundaHistoryTimeToLive(1)
                .startEvent().name("开始")
                .userTask("Task_Check").name("检查").camundaCandidateGroups("liaison-office")
                .endEvent().name("结束")
                .done();
        repositoryService.createDeployment().name("platform-smoke").addModelInstance("platform-smoke.bpmn", model)
                .deploy();
        // Camunda's own tables are utf8 (3-byte): process variables carry ids, never such text
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("platformSmoke", "SMOKE-1",
                Map.of("note", "平台自检"));
        assertThat(instance).isWaitingAt("Task_Check");
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        taskService.complete(task.getId());
        assertThat(instance).isEnded();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndTime()).isNotNull();
    }

    @Test
    void fourByteChineseRoundTripsThroughTheDomainTables() {
        String code = unique("rt");
        String name = "𠮷𡈽测试局（𩸽）";
        ResponseEntity<JsonNode> created = post("office", "/api/departments",
                Map.of("code", code, "name", name, "level", "COUNTY"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(get("office", "/api/departments/" + code).getBody().path("name").asText()).isEqualTo(name);
        assertThat(jdbc.queryForObject("SELECT name FROM department WHERE code = ?", String.class, code))
                .isEqualTo(name);
    }
}
