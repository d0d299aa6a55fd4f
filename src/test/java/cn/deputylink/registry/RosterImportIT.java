package cn.deputylink.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.registry.imports.ImportJob;
import cn.deputylink.registry.imports.ImportJobs;
import cn.deputylink.registry.imports.RosterImportService;
import cn.deputylink.registry.imports.RosterImportService.Options;
import cn.deputylink.registry.imports.RosterKind;
import cn.deputylink.registry.imports.RosterSheet;
import cn.deputylink.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The import rules: every row checked first, row-by-row Chinese errors, all rows or none, accounts with random passwords. */
class RosterImportIT extends IntegrationTest {

    @Autowired
    ImportJobs jobs;
    @Autowired
    RosterImportService imports;

    private ImportJob run(RosterKind kind, List<List<String>> rows) {
        return jobs.runNow("office", kind, "test.xlsx", RosterFiles.of(kind, rows), Options.NONE);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void aRosterWithBadRowsIsRefusedRowByRowAndNothingIsWritten() {
        String a = unique("RA");
        String b = unique("RB");
        String user = unique("ra").toLowerCase();
        ImportJob job = run(RosterKind.DEPUTIES, List.of(
                RosterFiles.deputy(a, "测试甲", "县", "ty、ty-xl", "g-ty", "第十八届（2021—2026）", "13800001111", user),
                RosterFiles.deputy(b, "测试乙", "县", "no-such-station", "g-ty", "第十八届（2021—2026）", "", ""),
                RosterFiles.deputy(a, "测试丙", "县", "ty", "", "第十八届（2021—2026）", "", ""),
                RosterFiles.deputy(unique("RC"), "测试丁", "区长", "ty", "", "第十八届（2021—2026）", "12345", ""),
                RosterFiles.deputy("D010", "吴海燕", "县", "ty", "", "第十八届（2021—2026）", "", "")));

        assertThat(job.getPhase()).isEqualTo(ImportJob.Phase.REFUSED);
        assertThat(job.getErrors()).extracting(ImportJob.RowError::text).contains(
                "第 3 行：所进站点不存在：no-such-station",
                "第 4 行：代表编码与第 2 行重复：" + a,
                "第 6 行：代表编码已存在：D010（修改已登记代表请在代表页面进行，换届连任请用换届导入）",
                "第 5 行：手机号码格式不正确：应为 11 位手机号");
        assertThat(job.getErrors()).anySatisfy(e -> assertThat(e.text()).startsWith("第 5 行：层级有误：区长"));
        assertThat(job.getErrors()).noneMatch(e -> e.row() == 2);
        assertThat(count("SELECT COUNT(*) FROM deputy WHERE code IN (?, ?)", a, b)).isZero();
        assertThat(identityService.createUserQuery().userId(user).count()).isZero();
    }

    @Test
    void aCorrectRosterIsWrittenWithAccountsWhosePasswordsAreRandomAndGivenOnce() {
        String a = unique("RD");
        String b = unique("RE");
        String user = unique("rd").toLowerCase();
        int historyBefore = count("SELECT COUNT(*) FROM registry_change WHERE record_type = 'DEPUTY'");
        ImportJob job = run(RosterKind.DEPUTIES, List.of(
                RosterFiles.deputy(a, "测试戊", "市人大代表、县", "ty、ty-xl", "g-ty", "第十八届（2021—2026）", "13800002222", user),
                RosterFiles.deputy(b, "测试己", "乡镇", "lh-sq", "g-lh", "第十九届（2021—2026）", "", "")));

        assertThat(job.getPhase()).as(job.getErrors().toString()).isEqualTo(ImportJob.Phase.DONE);
        assertThat(job.getSummary()).isEqualTo("已导入代表 2 行，新建账号 1 个");
        assertThat(count("SELECT COUNT(*) FROM deputy WHERE code IN (?, ?)", a, b)).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT level FROM deputy_level l JOIN deputy d ON d.id = l.deputy_id WHERE d.code = ?",
                String.class, a)).containsExactlyInAnyOrder("CITY", "COUNTY");
        assertThat(jdbc.queryForObject("SELECT mobile FROM deputy WHERE code = ?", String.class, a)).isEqualTo("13800002222");
        assertThat(count("SELECT COUNT(*) FROM registry_change WHERE record_type = 'DEPUTY'") - historyBefore)
                .isGreaterThanOrEqualTo(2);

        List<ImportJob.NewAccount> accounts = job.takeNewAccounts();
        assertThat(accounts).singleElement().satisfies(acc -> {
            assertThat(acc.userId()).isEqualTo(user);
            assertThat(acc.password()).hasSizeGreaterThanOrEqualTo(12).isNotEqualTo("demo");
            assertThat(identityService.checkPassword(user, acc.password())).isTrue();
        });
        assertThat(identityService.checkPassword(user, "demo")).isFalse();
        assertThat(job.takeNewAccounts()).as("the passwords are given once").isEmpty();
        assertThat(identityService.createGroupQuery().groupMember(user).list()).extracting(g -> g.getId())
                .containsExactly("deputies");
        assertThat(jdbc.queryForObject("SELECT user_id FROM deputy WHERE code = ?", String.class, a)).isEqualTo(user);
    }

    @Test
    void stationsAreCheckedAgainstTheNamingRuleAndAWriteTimeRefusalRollsBackEveryRow() {
        String parent = unique("ri-p");
        String child = unique("ri-c");
        ImportJob badName = run(RosterKind.STATIONS, List.of(
                List.of(parent, "云溪市青山县桃源镇" + parent.substring(3) + "村人大代表工作室", "代表联络站", "村（社区）级", "ty", "", "", "")));
        assertThat(badName.getPhase()).isEqualTo(ImportJob.Phase.REFUSED);
        assertThat(badName.getErrors()).extracting(ImportJob.RowError::text)
                .anySatisfy(t -> assertThat(t).startsWith("第 2 行：不得使用“人大代表工作室”"));

        // the child's parent is a room: only the write sees it (the parent is in the same file)
        ImportJob rolledBack = run(RosterKind.STATIONS, List.of(
                List.of(parent, "云溪市青山县桃源镇杏林村" + "一片区人大代表联络室", "代表联络室", "村（社区）级", "ty-xl", "", "", ""),
                List.of(child, "云溪市青山县桃源镇杏林村" + "二片区人大代表联络室", "代表联络室", "村（社区）级", parent, "", "", "")));
        assertThat(rolledBack.getPhase()).isEqualTo(ImportJob.Phase.REFUSED);
        assertThat(rolledBack.getErrors()).extracting(ImportJob.RowError::text)
                .containsExactly("第 3 行：代表联络室的上级必须是代表联络站或代表之家");
        assertThat(count("SELECT COUNT(*) FROM liaison_station WHERE code IN (?, ?)", parent, child)).isZero();
    }

    @Test
    void householdsWithABadPhoneAreRefusedAndExportsMaskPersonalData() {
        ImportJob refused = run(RosterKind.HOUSEHOLDS, List.of(
                List.of("D012", "王大妈", "1390000", "ty-xl-2", ""),
                List.of("D012", "李大爷", "13900003333", "no-such", "")));
        assertThat(refused.getErrors()).extracting(ImportJob.RowError::text).containsExactly(
                "第 2 行：户主电话格式不正确：应为 11 位手机号或带区号的固定电话",
                "第 3 行：所属站点不存在：no-such");

        String name = "测" + unique("户").substring(1, 4);
        ImportJob done = run(RosterKind.HOUSEHOLDS, List.of(List.of("D012", name, "13900004444", "ty-xl-2", "茶园 1 号")));
        assertThat(done.getPhase()).isEqualTo(ImportJob.Phase.DONE);
        String export = text(imports.export(RosterKind.HOUSEHOLDS));
        assertThat(export).contains("139****4444").doesNotContain("13900004444").doesNotContain(name);
    }

    @Test
    void theTemplateHasChineseHeadersExamplesAndNotes() throws Exception {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(imports.template(RosterKind.DEPUTIES)))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("代表编码*");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(workbook.getSheet("填写说明")).isNotNull();
        }
        List<RosterSheet.SheetRow> rows = RosterSheet.read(new ByteArrayInputStream(imports.template(RosterKind.DEPUTIES)),
                RosterKind.DEPUTIES, 10);
        assertThat(rows).hasSize(2).first().satisfies(r -> assertThat(r.get("所进站点编码")).isEqualTo("ty、ty-xl"));
        ImportJob wrongSheet = jobs.runNow("office", RosterKind.DEPUTIES, "x.xlsx",
                imports.template(RosterKind.GROUPS), Options.NONE);
        assertThat(wrongSheet.getErrors()).extracting(ImportJob.RowError::text)
                .singleElement().asString().startsWith("表头缺少必填列：代表编码");
    }

    private static String text(byte[] xlsx) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            StringBuilder sb = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(c -> sb.append(c.toString()).append('|')));
            return sb.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
