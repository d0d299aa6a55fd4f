package cn.deputylink.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.operations.gate.BeanCatalog;
import cn.deputylink.operations.gate.BpmnQualityGate;
import cn.deputylink.operations.gate.BpmnQualityGate.Violation;
import cn.deputylink.operations.notify.NotifyCitizenDelegate;
import cn.deputylink.operations.notify.NotifyGroupDelegate;
import cn.deputylink.shared.calendar.Deadlines;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gate itself: each deliberately broken model fails, naming the element; sound models pass. */
class BpmnQualityGateTest {

    static final Path TEST_MODELS = Path.of("src/test/resources/operations/models");
    static final Path TEST_FORMS = Path.of("src/test/resources/operations/forms");
    static final Path BROKEN = Path.of("src/test/resources/operations/gate/broken");

    static final BeanCatalog BEANS = BeanCatalog.of(Map.of(
            NotifyCitizenDelegate.BEAN, NotifyCitizenDelegate.class,
            NotifyGroupDelegate.BEAN, NotifyGroupDelegate.class,
            "deadlines", Deadlines.class));

    @Test
    void soundModelsPass() {
        BpmnQualityGate gate = new BpmnQualityGate(TEST_MODELS, TEST_FORMS, BEANS);
        assertThat(gate.models()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(gate.check()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1} [{2}]")
    @CsvSource({
            "broken-missing-form.bpmn,     Task_ReviewRequest,         task-form,      form-does-not-exist",
            "broken-no-history-ttl.bpmn,   broken-no-history-ttl,      history-ttl,    historyTimeToLive",
            "broken-english-name.bpmn,     Task_ReviewRequest,         chinese-name,   Review request",
            "broken-generated-id.bpmn,     Activity_0abc123,           generated-id,   自动生成",
            "broken-wrong-prefix.bpmn,     Step_ReviewRequest,         id-naming,      UserTask_",
            "broken-no-candidate.bpmn,     Task_ReviewRequest,         task-assignment, candidateGroups",
            "broken-unknown-bean.bpmn,     Task_TextCitizen,           delegate,       noSuchBean",
            "broken-sync-external.bpmn,    Task_TextCitizen,           external-async, asyncBefore",
            "broken-missing-input.bpmn,    Task_TextCitizen,           delegate-input, smsText",
            "broken-class-delegate.bpmn,   Task_TextCitizen,           delegate,       delegateExpression",
            "broken-gateway-variable.bpmn, SequenceFlow_ResultDone,    form-field,     outcome",
            "broken-unnamed-branch.bpmn,   SequenceFlow_ResultForward, chinese-name,   Gateway_Result",
    })
    void eachBrokenModelFailsNamingTheElement(String file, String element, String rule, String mentioned) {
        List<Violation> violations = new BpmnQualityGate(BROKEN, TEST_FORMS, BEANS).check().stream()
                .filter(v -> v.file().equals(file)).toList();
        assertThat(violations).as("violations of " + file).hasSize(1);
        Violation v = violations.get(0);
        assertThat(v.elementId()).isEqualTo(element);
        assertThat(v.rule()).isEqualTo(rule);
        assertThat(v.toString()).contains(element).contains(mentioned);
    }

    @Test
    void everyBrokenModelIsCovered() {
        BpmnQualityGate gate = new BpmnQualityGate(BROKEN, TEST_FORMS, BEANS);
        assertThat(gate.models()).hasSize(12);
        assertThat(gate.check().stream().map(Violation::file).distinct()).hasSize(12);
    }

    @Test
    void conditionVariablesAreReadFromExpressions() {
        BpmnQualityGate gate = new BpmnQualityGate(BROKEN, TEST_FORMS, BEANS);
        assertThat(gate.variables("${route == 'LOCAL' and not empty reply.text}")).containsExactly("route", "reply");
        assertThat(gate.variables("${deadlines.due('x') > now and count gt 2}")).containsExactly("now", "count");
        assertThat(gate.variables("${execution.getVariable('a') == \"b\"}")).isEmpty();
    }
}
