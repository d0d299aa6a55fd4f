package cn.deputylink.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.operations.gate.BeanCatalog;
import cn.deputylink.operations.gate.BpmnQualityGate;
import java.nio.file.Path;
import java.util.List;
import cn.deputylink.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The quality gate over the real models: every .bpmn in processes/ (and the operations tests' own
 * models) against the forms in forms/ and the beans of the running application. A model that
 * breaks a rule fails the build with the file, the element and the rule.
 */
class ProcessModelsQualityIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theModelsInProcessesFollowTheProjectRules() {
        BpmnQualityGate gate = new BpmnQualityGate(Path.of("processes"), Path.of("forms"), BeanCatalog.of(context));
        List<BpmnQualityGate.Violation> violations = gate.check();
        System.out.println("[quality-gate] processes/: " + gate.models().size() + " models checked");
        assertThat(violations).as(String.join("\n", violations.stream().map(Object::toString).toList())).isEmpty();
    }

    @Test
    void theOperationsTestModelsFollowThemAgainstTheRealBeans() {
        BpmnQualityGate gate = new BpmnQualityGate(BpmnQualityGateTest.TEST_MODELS, BpmnQualityGateTest.TEST_FORMS,
                BeanCatalog.of(context));
        assertThat(gate.models()).isNotEmpty();
        assertThat(gate.check()).isEmpty();
    }
}
