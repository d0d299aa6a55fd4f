package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.operations.gate.BeanCatalog;
import cn.deputylink.operations.gate.BpmnQualityGate;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
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
 * Issue 7's designer story on the real model: a designer adds a step to opinion-handling using
 * only an element template ("短信告知群众", whose properties are applied as Modeler applies them),
 * deploys it the way Modeler does, and the next opinion takes the new step while a case already
 * running finishes on its version. The original model is deployed again afterwards so the shared
 * engine keeps running the product's model.
 */
class OpinionModelerRoundTripIT extends OpinionItSupport {

    private static final Path MODEL = Path.of("processes/opinion-handling.bpmn");
    private static final Path TEMPLATE = Path.of("processes/.camunda/element-templates/notify-citizen.json");

    @Autowired
    ApplicationContext context;

    @Test
    void aStepAddedFromATemplateAndDeployedFromModelerRunsForTheNextOpinion(@TempDir Path work) throws Exception {
        String before = submit(opinion("stationCode", "cg-dm", "category", "URBAN_MANAGEMENT",
                "content", "锦绣小区门口夜间占道经营，噪音和油烟扰民。", "phone", "13700001111"));

        BpmnModelInstance changed = withTextMessageAfterReply(Bpmn.readModelFromFile(MODEL.toFile()));
        Path changedModel = work.resolve("opinion-handling.bpmn");
        Files.writeString(changedModel, Bpmn.convertToString(changed), StandardCharsets.UTF_8);
        Files.createDirectories(work.resolve("forms"));
        List<BpmnQualityGate.Violation> violations = new BpmnQualityGate(work, Path.of("forms"),
                BeanCatalog.of(context)).check();
        assertThat(violations).as("a model changed only through templates still passes the quality gate").isEmpty();

        try {
            assertThat(deployLikeModeler(changedModel).getStatusCode()).isEqualTo(HttpStatus.OK);

            String after = submit(opinion("stationCode", "cg-dm", "category", "URBAN_MANAGEMENT",
                    "content", "老街片区路灯损坏多日，夜间出行不便。", "phone", "13700002222"));
            for (String code : List.of(before, after)) {
                complete("staff-cg-dm", code, OpinionProcess.TRIAGE, "merge", false, "category", "URBAN_MANAGEMENT",
                        "route", "LOCAL", "departmentCode", "cgj");
                complete("cgj01", code, OpinionProcess.HANDLE, "reassign", false, "reply", "已联系相关单位处理。");
            }
            executeDueJobs();

            assertThat(texts(after)).as("the new step texted the citizen of the new case").hasSize(1);
            assertThat(texts(before)).as("the running case finished on its own version").isEmpty();
            assertThat(historyService.createHistoricActivityInstanceQuery().activityId("ServiceTask_TextCitizen")
                    .processInstanceId(instanceOf(after)).count()).isEqualTo(1);
            for (String code : List.of(before, after)) {
                assertThat(track(code, null).path("status").asText()).isEqualTo("WAITING_FEEDBACK");
            }
            assertThat(versionOf(after)).isGreaterThan(versionOf(before));
        } finally {
            assertThat(deployLikeModeler(MODEL).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        String restored = submit(opinion("stationCode", "cg-dm", "content", "恢复原流程后的测试意见。"));
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(OpinionProcess.PROCESS_ID)
                .latestVersion().singleResult().getId()).isEqualTo(definitionOf(restored));
        // the designer re-sent only what Modeler sends; unchanged forms and the routing table still came along
        JsonNode triage = taskOf("staff-cg-dm", restored, OpinionProcess.TRIAGE);
        assertThat(get("staff-cg-dm", "/engine-rest/task/" + triage.path("id").asText() + "/deployed-form")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        Object stepInRestored = repositoryService.getBpmnModelInstance(definitionOf(restored))
                .getModelElementById("ServiceTask_TextCitizen");
        assertThat(stepInRestored).isNull();
    }

    /** What a designer does in Modeler: a task on the flow after 告知群众答复, template 短信告知群众 applied. */
    private BpmnModelInstance withTextMessageAfterReply(BpmnModelInstance model) throws IOException {
        JsonNode template = json.readTree(TEMPLATE.toFile()).get(0);
        SequenceFlow flow = model.getModelElementById("SequenceFlow_ToAwaitFeedback");
        FlowNode target = flow.getTarget();

        ServiceTask step = model.newInstance(ServiceTask.class);
        step.setId("ServiceTask_TextCitizen");
        step.setName("短信告知群众查看答复");
        flow.getParentElement().addChildElement(step);
        ExtensionElements extensions = model.newInstance(ExtensionElements.class);
        CamundaInputOutput io = model.newInstance(CamundaInputOutput.class);
        for (JsonNode property : template.path("properties")) {
            String type = property.path("binding").path("type").asText();
            String name = property.path("binding").path("name").asText();
            if (type.equals("property") && name.equals("camunda:delegateExpression")) {
                step.setCamundaDelegateExpression(property.path("value").asText());
            } else if (type.equals("property") && name.equals("camunda:asyncBefore")) {
                step.setCamundaAsyncBefore(property.path("value").asBoolean());
            } else if (type.equals("camunda:inputParameter") && name.equals("smsText")) {
                CamundaInputParameter text = model.newInstance(CamundaInputParameter.class);
                text.setCamundaName(name);
                text.setTextContent("您反映的问题（${execution.processBusinessKey}）已有答复，请凭查询码查看并评价。");
                io.addChildElement(text);
            }
        }
        extensions.addChildElement(io);
        step.setExtensionElements(extensions);
        step.setAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "modelerTemplate",
                template.path("id").asText());

        flow.setTarget(step);
        SequenceFlow onward = model.newInstance(SequenceFlow.class);
        onward.setId("SequenceFlow_TextToAwaitFeedback");
        flow.getParentElement().addChildElement(onward);
        onward.setSource(step);
        onward.setTarget(target);

        // diagram: the step sits on the old flow's last segment, as Modeler places a task dropped on a flow
        BpmnEdge edge = findEdge(model, flow.getId());
        List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
        Waypoint end = points.get(points.size() - 1);
        Waypoint start = points.get(points.size() - 2);
        double cx = (start.getX() + end.getX()) / 2;
        double cy = (start.getY() + end.getY()) / 2;
        BpmnShape shape = model.newInstance(BpmnShape.class);
        shape.setId("ServiceTask_TextCitizen_di");
        shape.setBpmnElement(step);
        Bounds bounds = model.newInstance(Bounds.class);
        bounds.setX(cx - 50);
        bounds.setY(cy - 40);
        bounds.setWidth(100);
        bounds.setHeight(80);
        shape.setBounds(bounds);
        edge.getParentElement().addChildElement(shape);
        end.setX(cx - 50);
        end.setY(cy);
        BpmnEdge onwardEdge = model.newInstance(BpmnEdge.class);
        onwardEdge.setId("SequenceFlow_TextToAwaitFeedback_di");
        onwardEdge.setBpmnElement(onward);
        onwardEdge.addChildElement(waypoint(model, cx + 50, cy));
        Waypoint last = points.get(points.size() - 1);
        onwardEdge.addChildElement(waypoint(model, Math.max(cx + 60, last.getX()), cy));
        edge.getParentElement().addChildElement(onwardEdge);
        Bpmn.validateModel(model);
        return model;
    }

    private static Waypoint waypoint(BpmnModelInstance model, double x, double y) {
        Waypoint w = model.newInstance(Waypoint.class);
        w.setX(x);
        w.setY(y);
        return w;
    }

    private static BpmnEdge findEdge(BpmnModelInstance model, String flowId) {
        return model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(e -> e.getBpmnElement() != null && e.getBpmnElement().getId().equals(flowId))
                .findFirst().orElseThrow();
    }

    private ResponseEntity<JsonNode> deployLikeModeler(Path bpmn) throws IOException {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", OpinionProcess.PROCESS_ID);
        body.add("deployment-source", "Camunda Modeler");
        body.add("deploy-changed-only", "true");
        body.add("opinion-handling.bpmn", file("opinion-handling.bpmn", Files.readAllBytes(bpmn)));
        // the routing table is bound to the deployment, so it travels with the model, like the forms
        Path dmn = Path.of("processes/opinion-routing.dmn");
        body.add("opinion-routing.dmn", file("opinion-routing.dmn", Files.readAllBytes(dmn)));
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(f -> f.getFileName().toString().startsWith("opinion-")).toList()) {
                body.add(form.getFileName().toString(), file(form.getFileName().toString(), Files.readAllBytes(form)));
            }
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth("demo", "demo");
        return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    private static HttpEntity<ByteArrayResource> file(String name, byte[] bytes) {
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

    private List<String> texts(String businessKey) {
        // only the designer's message: the workflow's own reply notice is texted as well
        return jdbc.queryForList("SELECT body FROM notification WHERE business_key = ? AND channel = 'SMS'"
                + " AND body LIKE '%请凭查询码查看并评价%'", String.class, businessKey);
    }

    private String instanceOf(String businessKey) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getId();
    }

    private String definitionOf(String businessKey) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getProcessDefinitionId();
    }

    private int versionOf(String businessKey) {
        return repositoryService.getProcessDefinition(definitionOf(businessKey)).getVersion();
    }
}
