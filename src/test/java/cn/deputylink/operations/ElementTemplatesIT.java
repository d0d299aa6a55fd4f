package cn.deputylink.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.operations.failure.ExternalSystemDelegate;
import cn.deputylink.operations.gate.BpmnQualityGate;
import cn.deputylink.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Modeler's element templates (processes/.camunda/element-templates, the folder Modeler reads
 * next to the diagrams): each service-task template names a bean that exists, sets exactly input
 * parameters that the bean reads (all it requires), makes calls to other systems asynchronous,
 * and speaks Chinese to the designer.
 */
class ElementTemplatesIT extends IntegrationTest {

    static final Path TEMPLATES = Path.of("processes/.camunda/element-templates");
    private static final Pattern BEAN = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    @Autowired
    ApplicationContext context;

    static List<JsonNode> templates(com.fasterxml.jackson.databind.ObjectMapper json) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                json.readTree(file.toFile()).forEach(all::add);
            }
        }
        return all;
    }

    @Test
    void everyTemplatePointsAtARealBeanAndTheVariablesItReads() throws Exception {
        List<JsonNode> templates = templates(json);
        assertThat(templates).isNotEmpty();
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode template : templates) {
            String id = template.path("id").asText();
            assertThat(ids.add(id)).as("unique template id " + id).isTrue();
            assertThat(template.path("name").asText()).as(id).containsPattern(CJK);
            String delegate = null;
            boolean async = false;
            Set<String> inputs = new LinkedHashSet<>();
            for (JsonNode property : template.path("properties")) {
                JsonNode binding = property.path("binding");
                String type = binding.path("type").asText();
                String name = binding.path("name").asText();
                if (type.equals("property") && name.equals("camunda:delegateExpression")) {
                    delegate = property.path("value").asText();
                } else if (type.equals("property") && name.equals("camunda:asyncBefore")) {
                    async = property.path("value").asBoolean();
                } else if (type.equals("camunda:inputParameter")) {
                    inputs.add(name);
                }
                if (!property.path("type").asText().equals("Hidden")) {
                    assertThat(property.path("label").asText()).as(id + " " + name).containsPattern(CJK);
                }
            }
            if (!template.path("elementType").path("value").asText().equals("bpmn:ServiceTask")) {
                continue;
            }
            assertThat(delegate).as(id + " sets camunda:delegateExpression").isNotNull();
            Matcher m = BEAN.matcher(delegate);
            assertThat(m.matches()).as(id + ": " + delegate).isTrue();
            assertThat(context.containsBean(m.group(1))).as(id + " names bean " + m.group(1)).isTrue();
            Class<?> type = context.getType(m.group(1));
            List<String> required = BpmnQualityGate.declaredInputs(type);
            Set<String> readable = new LinkedHashSet<>(required);
            readable.addAll(BpmnQualityGate.optionalInputs(type));
            assertThat(inputs).as(id + " sets every input the bean requires").containsAll(required);
            assertThat(readable).as(id + " sets only inputs the bean reads").containsAll(inputs);
            if (ExternalSystemDelegate.class.isAssignableFrom(type)) {
                assertThat(async).as(id + " calls another system: asyncBefore").isTrue();
            }
        }
    }
}
