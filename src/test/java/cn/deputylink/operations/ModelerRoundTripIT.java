package cn.deputylink.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A designer changes a model in Camunda Modeler and deploys it (Modeler's "Deploy" posts a
 * multipart form to /engine-rest/deployment/create). New cases take the new version; running
 * cases finish on the version they started with, until someone migrates them in Cockpit.
 */
class ModelerRoundTripIT extends IntegrationTest {

    private static final String PROCESS = "ops-roundtrip";
    private static final Path MODELS = Path.of("src/test/resources/operations/models");
    private static final Path FORMS = Path.of("src/test/resources/operations/forms");

    /** The request Modeler 5 sends for "Deploy current diagram" with the forms attached. */
    private ResponseEntity<JsonNode> deployAsModeler(String user, Path bpmn, Path... forms) throws IOException {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", PROCESS);
        body.add("deployment-source", "Camunda Modeler");
        body.add("deploy-changed-only", "true");
        body.add(bpmn.getFileName().toString(), file(bpmn));
        for (Path form : forms) {
            body.add(form.getFileName().toString(), file(form));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    private static HttpEntity<ByteArrayResource> file(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String name = path.getFileName().toString();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        part.setContentDispositionFormData(name, name);
        return new HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }, part);
    }

    private Task task(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    @Test
    void aChangedModelDeployedLikeModelerTakesNewCasesWhileRunningOnesFinishOnTheirVersion() throws IOException {
        Path v1 = MODELS.resolve("ops-roundtrip.bpmn");
        Path v2 = MODELS.resolve("changed/ops-roundtrip.bpmn");
        Path reviewForm = FORMS.resolve("ops-roundtrip-review.form");
        Path recordForm = FORMS.resolve("ops-roundtrip-record.form");

        ResponseEntity<JsonNode> first = deployAsModeler("demo", v1, reviewForm);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().path("source").asText()).isEqualTo("Camunda Modeler");
        ProcessDefinition version1 = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult();
        ProcessInstance running = runtimeService.startProcessInstanceByKey(PROCESS, unique("OPS-RT-"));

        // deploying the unchanged file again creates no new version
        ResponseEntity<JsonNode> again = deployAsModeler("demo", v1, reviewForm);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult().getId()).isEqualTo(version1.getId());

        // the designer adds "登记审核结果" and deploys
        ResponseEntity<JsonNode> second = deployAsModeler("demo", v2, reviewForm, recordForm);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        ProcessDefinition version2 = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult();
        assertThat(version2.getVersion()).isEqualTo(version1.getVersion() + 1);
        assertThat(second.getBody().path("deployedProcessDefinitions").has(version2.getId())).isTrue();

        ProcessInstance next = runtimeService.startProcessInstanceByKey(PROCESS, unique("OPS-RT-"));
        assertThat(next.getProcessDefinitionId()).isEqualTo(version2.getId());
        taskService.complete(task(next.getId()).getId(), java.util.Map.of("reviewNote", "同意"));
        assertThat(task(next.getId()).getTaskDefinitionKey()).isEqualTo("Task_RecordResult");
        assertThat(formKeyOf(task(next.getId()))).isEqualTo("form-ops-roundtrip-record");

        // the case that was already running stays on version 1 and ends without the new step
        assertThat(running.getProcessDefinitionId()).isEqualTo(version1.getId());
        taskService.complete(task(running.getId()).getId(), java.util.Map.of("reviewNote", "同意"));
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(running.getId())
                .singleResult().getState()).isEqualTo("COMPLETED");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(running.getId()).list())
                .extracting(HistoricActivityInstance::getActivityId).doesNotContain("Task_RecordResult");
    }

    /** The Camunda Form Tasklist would render for the task. */
    private String formKeyOf(Task task) {
        ResponseEntity<JsonNode> form = get("demo", "/engine-rest/task/" + task.getId() + "/form");
        return form.getBody().path("camundaFormRef").path("key").asText();
    }

    @Test
    void deployingNeedsAnAdministrator() throws IOException {
        Path v1 = MODELS.resolve("ops-roundtrip.bpmn");
        assertThat(deployAsModeler(null, v1).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(deployAsModeler("jtj01", v1).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
