package cn.deputylink.support;

import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * Fast process tests: an in-memory H2 engine (camunda-unit.cfg.xml) per test class, delegates
 * replaced with {@code Mocks.register("beanName", ...)}, the real {@code deadlines} bean from
 * {@link ConfigFixtures#deadlines()}, and flow-node/sequence-flow coverage checked per class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static ProcessEngineCoverageExtension engine = ProcessUnitTest.engineWithCoverageAtLeast(0.9);
 *
 * &#64;BeforeEach
 * void bind() {
 *     ProcessUnitTest.bindAssertions(engine);   // camunda-bpm-assert must use this engine, not the Spring one
 * }
 * </pre>
 */
public final class ProcessUnitTest {

    public static final String CONFIGURATION = "camunda-unit.cfg.xml";

    private ProcessUnitTest() {
    }

    public static ProcessEngineCoverageExtension engineWithCoverageAtLeast(double ratio) {
        return ProcessEngineCoverageExtension.builder(CONFIGURATION).assertClassCoverageAtLeast(ratio).build();
    }

    /**
     * Points camunda-bpm-assert at the test's engine; integration tests in the same JVM bind it to
     * the Spring engine, so every process unit test calls this before each test.
     */
    public static void bindAssertions(ProcessEngineCoverageExtension engine) {
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    public static ProcessEngineCoverageExtension engine() {
        return ProcessEngineCoverageExtension.builder(CONFIGURATION).build();
    }
}
