package cn.deputylink.support;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * Fast process tests: an in-memory H2 engine (camunda-unit.cfg.xml) per test class, delegates
 * replaced with {@code Mocks.register("beanName", ...)}, the real {@code deadlines} bean from
 * {@link ConfigFixtures#deadlines()}, and flow-node/sequence-flow coverage checked per class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static ProcessEngineCoverageExtension engine = ProcessUnitTest.engineWithCoverageAtLeast(0.9);
 * </pre>
 */
public final class ProcessUnitTest {

    public static final String CONFIGURATION = "camunda-unit.cfg.xml";

    private ProcessUnitTest() {
    }

    public static ProcessEngineCoverageExtension engineWithCoverageAtLeast(double ratio) {
        return ProcessEngineCoverageExtension.builder(CONFIGURATION).assertClassCoverageAtLeast(ratio).build();
    }

    public static ProcessEngineCoverageExtension engine() {
        return ProcessEngineCoverageExtension.builder(CONFIGURATION).build();
    }
}
