package cn.deputylink.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.registry.imports.RosterImportService;
import cn.deputylink.registry.imports.RosterKind;
import cn.deputylink.support.HeadlessChromium;
import cn.deputylink.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The office at work in headless Chromium: logs in at /login, imports a roster filled in from the
 * template (one bad row refused with its row number and reason, nothing written), fixes it and
 * imports; creates a station with a refused name, then a correct one; deactivates a deputy whose
 * open rating task goes back to a group.
 */
class RegistryBrowserIT extends IntegrationTest {

    @Autowired
    RosterImportService imports;

    private HeadlessChromium browser;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path scratch;

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (scratch != null) {
            try (var files = Files.walk(scratch)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    private void startBrowser() throws IOException {
        browser = HeadlessChromium.desktop();
        scratch = Files.createTempDirectory("registry-roster-");
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        wait.ignoring(StaleElementReferenceException.class);
    }

    private void saveEvidence(String name) {
        browser.saveEvidence("registry-" + name);
    }

    /** The downloaded template with its example rows replaced by the office's own. */
    private Path rosterFromTemplate(List<List<String>> rows) throws IOException {
        Path file = Files.createTempFile(scratch, "代表名册-", ".xlsx");
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(imports.template(RosterKind.DEPUTIES)));
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = sheet.getLastRowNum(); r >= 1; r--) {
                sheet.removeRow(sheet.getRow(r));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private void upload(Path file) {
        driver.get(rest.getRootUri() + "/admin/registry/excel");
        new Select(driver.findElement(By.id("kind"))).selectByValue("deputies");
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("upload")).click();
    }

    private String phaseWhenDone() {
        return wait.until(d -> {
            String phase = d.findElement(By.id("phase")).getText();
            return phase.startsWith("正在") ? null : phase;
        });
    }

    private int deputies(String... codes) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM deputy WHERE code IN (" + String.join(",",
                java.util.Collections.nCopies(codes.length, "?")) + ")", Integer.class, (Object[]) codes);
    }

    @Test
    void theOfficeKeepsItsRegistryInTheBrowser() throws IOException {
        startBrowser();
        String base = rest.getRootUri();
        String p = unique("BR").toUpperCase();
        String a = p + "1";
        String b = p + "2";
        String c = p + "3";
        String user = (p + "3").toLowerCase();
        try {
            driver.get(base + "/admin/registry");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("office");
            driver.findElement(By.id("password")).sendKeys("demo");
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "基础信息管理"));

            // 1. a roster from the template, its second data row (sheet row 3) naming an unknown station
            driver.get(base + "/admin/registry/excel");
            assertThat(driver.findElement(By.id("template-deputies")).getAttribute("href"))
                    .endsWith("/admin/registry/excel/deputies/template");
            String term = "第十八届（2021—2026）";
            List<String> good1 = RosterFiles.deputy(a, "浏览器甲", "县", "ty、ty-xl", "g-ty", term, "13800003333", "");
            List<String> bad = RosterFiles.deputy(b, "浏览器乙", "乡镇", "ty-xx", "g-ty", term, "", "");
            List<String> good3 = RosterFiles.deputy(c, "浏览器丙", "乡镇", "ty-xl-1", "g-ty", term, "", user);
            upload(rosterFromTemplate(List.of(good1, bad, good3)));
            assertThat(phaseWhenDone()).isEqualTo("未导入");
            saveEvidence("1-refused");
            assertThat(driver.findElement(By.id("errors")).getText()).isEqualTo("第 3 行：所进站点不存在：ty-xx");
            assertThat(deputies(a, b, c)).as("nothing written").isZero();

            List<String> fixed = RosterFiles.deputy(b, "浏览器乙", "乡镇", "ty-xl", "g-ty", term, "", "");
            upload(rosterFromTemplate(List.of(good1, fixed, good3)));
            assertThat(phaseWhenDone()).isEqualTo("导入完成");
            saveEvidence("2-imported");
            assertThat(driver.findElement(By.id("summary")).getText()).startsWith("已导入代表 3 行，新建账号 1 个");
            assertThat(driver.findElements(By.id("download-accounts"))).hasSize(1);
            assertThat(deputies(a, b, c)).isEqualTo(3);

            // 2. a station: the refused name is explained as it is typed and again next to the field on submit
            String code = unique("br-h");
            driver.get(base + "/admin/registry/stations/new");
            driver.findElement(By.id("code")).sendKeys(code);
            new Select(driver.findElement(By.id("tier"))).selectByValue("HOME");
            new Select(driver.findElement(By.id("administrativeLevel"))).selectByValue("TOWNSHIP");
            driver.findElement(By.id("parentCode")).sendKeys("qs");
            driver.findElement(By.id("name")).sendKeys("云溪市青山县新华镇代表工作室");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("name-hint"), "不得使用"));
            saveEvidence("3-hint");
            driver.findElement(By.id("save")).click();
            String refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name-error"))).getText();
            assertThat(refusal).contains("不得使用“代表工作室”");
            assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("云溪市青山县新华镇代表工作室");
            assertThat(driver.findElement(By.id("code")).getAttribute("value")).isEqualTo(code);
            saveEvidence("4-refused-name");
            String good = "云溪市青山县新华" + code.substring(4) + "镇人大代表之家";
            driver.findElement(By.id("name")).clear();
            driver.findElement(By.id("name")).sendKeys(good);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("name-hint"), "名称符合规范"));
            driver.findElement(By.id("save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已新建站点"));
            assertThat(jdbc.queryForObject("SELECT name FROM liaison_station WHERE code = ?", String.class, code))
                    .isEqualTo(good);
            assertThat(driver.findElement(By.id("history")).getText()).contains("office", "新建");

            // 3. the deputy with the account has an open rating task (their own) and a claimed group task
            String ratingTask = startTask("评价办理结果", user, null);
            String groupTask = startTask("阅知候选项目清单", null, "deputies");
            taskService.claim(groupTask, user);
            driver.get(base + "/admin/registry/deputies/" + c);
            driver.findElement(By.id("leave-reason")).sendKeys("辞去代表职务");
            driver.findElement(By.id("leave")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "代表已停用"));
            saveEvidence("5-deactivated");
            assertThat(driver.findElements(By.id("inactive"))).hasSize(1);
        } catch (RuntimeException | AssertionError e) {
            saveEvidence("failure");
            throw e;
        }
        List<String> ratingCandidates = candidateGroups(taskIdOf("评价办理结果", user));
        assertThat(taskService.createTaskQuery().taskAssignee(user).count()).isZero();
        assertThat(ratingCandidates).containsExactly("liaison-office");
        assertThat(candidateGroups(taskIdOf("阅知候选项目清单", user))).containsExactly("deputies");
        assertThat(identityService.createGroupQuery().groupMember(user).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT active FROM deputy WHERE code = ?", Boolean.class, c)).isFalse();
    }

    private final Map<String, String> started = new java.util.HashMap<>();

    /** A one-task process, like the deputy's tasks in the workflows: assigned to the user, or offered to a group. */
    private String startTask(String name, String assignee, String group) {
        String key = "registryProbe" + Math.abs(name.hashCode());
        var task = Bpmn.createExecutableProcess(key).name("登记测试").camundaHistoryTimeToLive(1).startEvent()
                .userTask("Task_Probe").name(name);
        if (assignee != null) {
            task = task.camundaAssignee(assignee);
        }
        if (group != null) {
            task = task.camundaCandidateGroups(group);
        }
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", task.endEvent().done()).deploy();
        String instance = runtimeService.startProcessInstanceByKey(key).getId();
        Task t = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        started.put(name, t.getId());
        return t.getId();
    }

    private String taskIdOf(String name, String user) {
        return started.get(name);
    }

    private List<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }
}
