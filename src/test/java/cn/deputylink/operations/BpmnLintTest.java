package cn.deputylink.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * bpmnlint (npm, {@code bpmnlint:recommended}, configured in processes/.bpmnlintrc) over the
 * models, as part of the Maven build wherever Node is installed; .ci/run installs Node, so CI always
 * runs it. Without Node the test is skipped and says why.
 */
class BpmnLintTest {

    /** bpmnlint 12 needs Node 24; .ci/run pins the same version. */
    static final String BPMNLINT = "bpmnlint@11.15.0";

    record Run(int exitCode, String output) {
    }

    static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("npx", "--version").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Run lint(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("npx", "--yes", BPMNLINT, "--config",
                Path.of("processes/.bpmnlintrc").toAbsolutePath().toString()));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("bpmnlint did not finish within 5 minutes");
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    static List<Path> bpmnFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    @Test
    void theModelsPassBpmnlintRecommended() throws Exception {
        assumeTrue(nodeAvailable(), "Node.js (npx) is not installed: bpmnlint skipped here; .ci/run installs Node");
        List<Path> files = new ArrayList<>(bpmnFiles(Path.of("processes")));
        files.addAll(bpmnFiles(BpmnQualityGateTest.TEST_MODELS));
        Run run = lint(files);
        assertThat(run.exitCode()).as("bpmnlint over " + files.size() + " models:\n" + run.output()).isZero();

        // and it does catch a model with problems, so a green run means something
        Path broken = Files.createTempFile("broken-", ".bpmn");
        Files.writeString(broken, """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Broken">
                  <bpmn:process id="broken" isExecutable="true"><bpmn:task id="Task_Lonely" /></bpmn:process>
                </bpmn:definitions>
                """);
        Run failing = lint(List.of(broken));
        assertThat(failing.exitCode()).isNotZero();
        assertThat(failing.output()).contains("Task_Lonely", "no-disconnected", "label-required");
        Files.delete(broken);
    }

    @Test
    void ciPinsTheSameVersion() throws IOException {
        assertThat(Files.readString(Path.of(".ci/run"))).contains(BPMNLINT);
    }
}
