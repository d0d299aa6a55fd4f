package cn.deputylink.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.operations.tasklist.TaskFilters;
import cn.deputylink.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class TaskFiltersIT extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    TaskFilters taskFilters;
    @Autowired
    FilterService filterService;

    private static Date at(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant());
    }

    /** A one-task process for a candidate group, due when the variable "due" says. */
    private String deployTaskProcess(String group) {
        String key = unique("filterProbe");
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).name("过滤器测试").camundaHistoryTimeToLive(1)
                .startEvent().name("开始")
                .userTask("Task_Probe").name("测试待办").camundaCandidateGroups(group).camundaDueDate("${due}")
                .endEvent().name("结束")
                .done();
        repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
        return key;
    }

    private String startTask(String processKey, Date due, String assignee) {
        String pi = runtimeService.startProcessInstanceByKey(processKey, Map.of("due", due)).getId();
        String taskId = taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
        if (assignee != null) {
            taskService.setAssignee(taskId, assignee);
        }
        return taskId;
    }

    private Map<String, String> visibleFilters(String user) {
        ResponseEntity<JsonNode> response = get(user, "/engine-rest/filter?resourceType=Task");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, String> byName = new HashMap<>();
        response.getBody().forEach(f -> byName.put(f.path("name").asText(), f.path("id").asText()));
        return byName;
    }

    private List<String> listTasks(String user, String filterId) {
        ResponseEntity<JsonNode> response = get(user, "/engine-rest/filter/" + filterId + "/list?maxResults=500");
        assertThat(response.getStatusCode()).as(response.toString()).isEqualTo(HttpStatus.OK);
        List<String> ids = new ArrayList<>();
        response.getBody().forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }

    @Test
    void aDepartmentUserSeesTheFourFiltersAndTheRightTasksInEach() {
        // Monday 23 Nov 2026, 10:00: three working days end with Thursday 26 Nov
        moveClockTo(at("2026-11-23T10:00:00"));
        String jtj = deployTaskProcess("dept-jtj");
        String zjj = deployTaskProcess("dept-zjj");
        String overdue = startTask(jtj, at("2026-11-20T17:00:00"), null);
        String dueThursday = startTask(jtj, at("2026-11-26T17:00:00"), null);
        String dueSaturday = startTask(jtj, at("2026-11-28T12:00:00"), null);
        String mine = startTask(jtj, at("2026-12-30T12:00:00"), "jtj01");
        String otherDepartment = startTask(zjj, at("2026-11-24T12:00:00"), null);

        Map<String, String> filters = visibleFilters("jtj01");
        assertThat(filters).containsKeys("我的待办", "本部门/本站待办", "即将超期", "已超期");

        assertThat(listTasks("jtj01", filters.get("我的待办"))).contains(mine)
                .doesNotContain(overdue, dueThursday, dueSaturday, otherDepartment);
        assertThat(listTasks("jtj01", filters.get("本部门/本站待办")))
                .contains(overdue, dueThursday, dueSaturday, mine).doesNotContain(otherDepartment);
        assertThat(listTasks("jtj01", filters.get("即将超期"))).contains(dueThursday)
                .doesNotContain(overdue, dueSaturday, mine, otherDepartment);
        assertThat(listTasks("jtj01", filters.get("已超期"))).contains(overdue)
                .doesNotContain(dueThursday, dueSaturday, mine, otherDepartment);

        // the horizon counts working days: from Friday 27 Nov it reaches Wednesday 2 Dec, so the
        // Saturday task is due soon and Thursday's is overdue
        moveClockTo(at("2026-11-27T09:00:00"));
        assertThat(listTasks("jtj01", filters.get("即将超期"))).contains(dueSaturday).doesNotContain(dueThursday);
        assertThat(listTasks("jtj01", filters.get("已超期"))).contains(overdue, dueThursday);

        // an overseer's 已超期 shows every department's overdue work
        assertThat(listTasks("supervisor", visibleFilters("supervisor").get("已超期")))
                .contains(overdue, dueThursday, otherDepartment);
    }

    @Test
    void aDepartmentCreatedLaterThroughTheRegistryGetsTheFiltersToo() {
        String user = unique("fltuser");
        User u = identityService.newUser(user);
        u.setFirstName("过滤器测试");
        u.setPassword("demo");
        identityService.saveUser(u);
        String code = unique("flt");
        ResponseEntity<JsonNode> created = post("demo", "/api/departments",
                Map.of("code", code, "name", "测试过滤器局", "level", "COUNTY", "members", List.of(user)));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(visibleFilters(user)).containsKeys("我的待办", "本部门/本站待办", "即将超期", "已超期");
    }

    @Test
    void startingAgainCreatesNoSecondSetOfFilters() {
        taskFilters.run(null);
        taskFilters.run(null);
        long ours = filterService.createTaskFilterQuery().list().stream()
                .filter(f -> f.getProperties() != null && f.getProperties().containsKey(TaskFilters.KEY_PROPERTY))
                .count();
        assertThat(ours).isEqualTo(4);
        assertThat(visibleFilters("staff-ty-xl")).containsKeys("我的待办", "本部门/本站待办", "即将超期", "已超期");
    }
}
