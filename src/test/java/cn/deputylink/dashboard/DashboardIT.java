package cn.deputylink.dashboard;

import static cn.deputylink.dashboard.DashboardSeed.at;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.dashboard.DashboardSeed.Opinion;
import cn.deputylink.dashboard.DashboardSeed.Suggestion;
import cn.deputylink.opinion.OpinionItSupport;
import cn.deputylink.opinion.OpinionProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard's figures against a small city counted by hand: a county of its own (so the shared
 * demo data stays out of the area filter) whose seven opinions and four suggestions cover the edge
 * cases — rated after re-handling, a merged case, an approved extension, a late second round.
 */
class DashboardIT extends OpinionItSupport {

    @LocalServerPort
    int port;

    private DashboardSeed seed;
    private String county;
    private String township;
    private String village;
    private String villageName;
    private String department;
    private String departmentName;
    private String p;
    private final List<String> codes = new ArrayList<>();

    @BeforeEach
    void seedACounty() {
        seed = new DashboardSeed(jdbc);
        String u = unique("");
        county = "dbc" + u;
        township = "dbt" + u;
        village = "dbv" + u;
        villageName = "看板测试县" + u + "测试镇测试村人大代表联络室";
        long c = seed.station(county, "看板测试县" + u + "人大代表之家", "HOME", "COUNTY", null);
        long t = seed.station(township, "看板测试县" + u + "测试镇人大代表之家", "HOME", "TOWNSHIP", c);
        long v = seed.station(village, villageName, "ROOM", "VILLAGE", t);
        for (int i = 0; i < 7; i++) {
            codes.add("YJ-T" + u + "-" + (char) ('A' + i));
        }
        String A = codes.get(0), B = codes.get(1), C = codes.get(2), D = codes.get(3), E = codes.get(4),
                F = codes.get(5), G = codes.get(6);
        var received = at("2026-03-02T10:00");
        List<Opinion> list = List.of(
                // re-handled after an unsatisfied rating, then rated satisfied; the second round was late
                new Opinion(A, v, village, "CLOSED", received).department("jtj").citizen("欧阳明").rehandled()
                        .rating("SATISFIED").replied(at("2026-03-16T15:00"))
                        .assignment(1, received, at("2026-03-24T00:00"), at("2026-03-09T11:00"), false)
                        .assignment(2, at("2026-03-10T09:00"), at("2026-03-14T00:00"), at("2026-03-16T15:00"), true),
                new Opinion(B, v, village, "CLOSED", received).department("zjj").rating("BASICALLY_SATISFIED")
                        .replied(at("2026-03-09T16:00"))
                        .assignment(1, received, at("2026-03-24T00:00"), at("2026-03-09T16:00"), false),
                // closed without a rating (the citizen did not answer)
                new Opinion(C, v, village, "CLOSED", received).department("jtj").replied(at("2026-03-04T09:30"))
                        .assignment(1, received, at("2026-03-24T00:00"), at("2026-03-04T09:30"), false),
                // unsatisfied again after re-handling
                new Opinion(D, v, village, "CLOSED", received).channel("PUBLIC_WEB").department("jtj").rehandled()
                        .rating("UNSATISFIED").replied(at("2026-03-23T10:00"))
                        .assignment(1, received, at("2026-03-24T00:00"), at("2026-03-12T10:00"), false)
                        .assignment(2, at("2026-03-13T10:00"), at("2026-03-28T00:00"), at("2026-03-23T10:00"), false),
                // overdue now: due at the end of Friday 20 March
                new Opinion(E, v, village, "HANDLING", received).channel("PUBLIC_WEB").department("jtj")
                        .overdue(at("2026-03-21T00:00"))
                        .assignment(1, received, at("2026-03-21T00:00"), null, true),
                // merged into A: counts as received and merged only
                new Opinion(F, v, village, "MERGED", received).channel("HOTLINE_12345").mergedInto(A),
                new Opinion(G, v, village, "HANDLING", received).channel("HOTLINE_12345").department("zjj")
                        .assignment(1, received, at("2026-03-24T00:00"), null, false));
        seed.opinions(list);

        department = "dbd" + u;
        departmentName = "看板测试局" + u;
        seed.department(department, departmentName);
        long deputy = jdbc.queryForObject("SELECT id FROM deputy WHERE code = 'D010'", Long.class);
        var assigned = at("2026-02-02T10:00");
        var due = at("2026-05-03T00:00");
        Suggestion s1 = new Suggestion("JT" + u + "1", department, 2026, assigned, due);
        s1.keySuggestion = true;
        s1.consultation = "IN_PERSON";
        s1.resultClass = "A";
        s1.firstRepliedAt = at("2026-04-20T10:00");
        s1.onTime = true;
        s1.firstRating = "UNSATISFIED";
        s1.secondRating = "SATISFIED";
        // extension approved: replied after the first deadline, within the extended one, so on time
        Suggestion s2 = new Suggestion("JT" + u + "2", department, 2026, assigned, at("2026-08-03T00:00"));
        s2.extended = true;
        s2.resultClass = "B";
        s2.resolved = true;
        s2.firstRepliedAt = at("2026-06-15T10:00");
        s2.onTime = true;
        s2.firstRating = "BASICALLY_SATISFIED";
        Suggestion s3 = new Suggestion("JT" + u + "3", department, 2026, assigned, due);
        s3.status = "FOLLOW_UP";
        s3.consultation = "PHONE";
        s3.resultClass = "B";
        s3.promisedDate = LocalDate.of(2026, 6, 30);
        s3.firstRepliedAt = at("2026-05-20T10:00");
        s3.onTime = false;
        s3.firstRating = "UNSATISFIED";
        Suggestion s4 = new Suggestion("JT" + u + "4", department, 2026, assigned, due);
        s4.status = "HANDLING";
        s4.overdue = true;
        seed.suggestions(List.of(s1, s2, s3, s4), deputy);
        p = "period=custom&from=2026-03-01&to=2026-03-31&area=" + county;
    }

    private PageSession as(String user) throws Exception {
        return new PageSession("http://localhost:" + port, user);
    }

    @Test
    void opinionFiguresMatchTheHandCount() throws Exception {
        JsonNode d = as("supervisor").json("/dashboard/data.json?" + p);
        JsonNode h = d.path("headline");
        assertThat(figure(h, "群众意见").path("numerator").asLong()).isEqualTo(7);
        assertRate(figure(h, "办结率"), 4, 6, "66.7%");
        assertRate(figure(h, "按期答复率"), 3, 4, "75.0%");
        assertThat(figure(h, "当前超期").path("numerator").asLong()).isEqualTo(1);
        assertThat(figure(h, "平均办理时长").path("value").asText()).isEqualTo("8.0 个工作日");
        assertRate(figure(h, "群众满意率"), 2, 3, "66.7%");
        // suggestions have no area: not shown under an area filter
        assertThat(h.toString()).doesNotContain("代表建议满意率");

        JsonNode jtj = row(d, "opinion-department", "青山县交通运输局");
        assertThat(cell(d, "opinion-department", jtj, "收到").path("numerator").asLong()).isEqualTo(4);
        assertRate(cell(d, "opinion-department", jtj, "办结率"), 3, 4, "75.0%");
        assertRate(cell(d, "opinion-department", jtj, "按期答复率"), 2, 3, "66.7%");
        assertThat(cell(d, "opinion-department", jtj, "平均办理（工作日）").path("value").asText()).isEqualTo("9.0 个工作日");
        assertThat(cell(d, "opinion-department", jtj, "满意").path("numerator").asLong()).isEqualTo(1);
        assertThat(cell(d, "opinion-department", jtj, "不满意").path("numerator").asLong()).isEqualTo(1);
        assertThat(cell(d, "opinion-department", jtj, "未评价").path("numerator").asLong()).isEqualTo(1);
        assertRate(cell(d, "opinion-department", jtj, "满意率"), 1, 2, "50.0%");
        assertRate(cell(d, "opinion-department", jtj, "重新办理"), 2, 4, "50.0%");
        JsonNode web = row(d, "opinion-channel", "网上提交");
        assertThat(cell(d, "opinion-channel", web, "收到").path("numerator").asLong()).isEqualTo(2);
        JsonNode march = row(d, "opinion-trend", "2026年3月");
        assertThat(cell(d, "opinion-trend", march, "并案").path("numerator").asLong()).isEqualTo(1);
        JsonNode heat = row(d, "opinion-township", "看板测试县" + county.substring(3) + "测试镇人大代表之家");
        assertThat(cell(d, "opinion-township", heat, "当前超期").path("numerator").asLong()).isEqualTo(1);

        // every number opens the cases behind it, and the list has as many as the number says
        PageSession s = as("supervisor");
        String onTime = figure(h, "按期答复率").path("drillUrl").asText();
        HttpResponse<String> list = s.get(onTime);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("共 <strong>3</strong> 件", codes.get(1), codes.get(2), codes.get(3))
                .doesNotContain(codes.get(0) + "<");
        HttpResponse<String> merged = s.get(cell(d, "opinion-trend", march, "并案").path("drillUrl").asText());
        assertThat(merged.body()).contains("共 <strong>1</strong> 件", codes.get(5));
        // the case opens on its timeline
        assertThat(s.get("/dashboard/opinions/" + codes.get(0)).statusCode()).isEqualTo(200);
    }

    @Test
    void suggestionFiguresMatchTheHandCount() throws Exception {
        JsonNode d = as("supervisor").json("/dashboard/data.json?period=year&year=2026");
        JsonNode r = row(d, "suggestion-department", departmentName);
        String t = "suggestion-department";
        assertThat(cell(d, t, r, "交办").path("numerator").asLong()).isEqualTo(4);
        // on time: replied on time ÷ (replied + overdue unreplied); the extended one counts as on time
        assertRate(cell(d, t, r, "按期办复率"), 2, 4, "50.0%");
        assertRate(cell(d, t, r, "面商率"), 2, 3, "66.7%");
        assertRate(cell(d, t, r, "问题解决率"), 2, 3, "66.7%");
        // the final rating counts: S1 was unsatisfied first, satisfied after re-handling
        assertRate(cell(d, t, r, "满意率"), 2, 3, "66.7%");
        assertThat(cell(d, t, r, "超期").path("numerator").asLong()).isEqualTo(1);
        assertThat(cell(d, t, r, "经批准延期").path("numerator").asLong()).isEqualTo(1);
        assertThat(cell(d, t, r, "重点督办").path("numerator").asLong()).isEqualTo(1);
        assertThat(cell(d, t, r, "B类承诺期限已到").path("numerator").asLong()).isEqualTo(1);
        HttpResponse<String> extended = as("supervisor").get(cell(d, t, r, "经批准延期").path("drillUrl").asText());
        assertThat(extended.body()).contains("共 <strong>1</strong> 件", "JT" + department.substring(3) + "2");
    }

    @Test
    void aDepartmentSeesItsOwnFiguresAndNotAnothersCases() throws Exception {
        PageSession jtj = as("jtj01");
        JsonNode d = jtj.json("/dashboard/data.json?" + p);
        assertThat(figure(d.path("headline"), "群众意见").path("numerator").asLong()).isEqualTo(4);
        assertThat(d.path("scope").asText()).contains("jtj");
        assertThat(jtj.get("/dashboard/cases?section=opinion&dim=DEPARTMENT&key=zjj&measure=RECEIVED&" + p)
                .statusCode()).isEqualTo(403);
        assertThat(jtj.get("/dashboard/cases?section=opinion&dim=DEPARTMENT&key=jtj&measure=RECEIVED&" + p)
                .body()).contains("共 <strong>4</strong> 件");
        assertThat(jtj.get("/dashboard/cases?section=opinion&dim=STATION&key=" + village + "&measure=RECEIVED&" + p)
                .statusCode()).isEqualTo(403);
        assertThat(jtj.get("/dashboard/opinions/" + codes.get(1)).statusCode()).isEqualTo(403);
        assertThat(jtj.get("/dashboard/opinions/" + codes.get(0)).statusCode()).isEqualTo(200);
        assertThat(jtj.get("/dashboard/cases?section=suggestion&dim=DEPARTMENT&key=" + department
                + "&measure=ASSIGNED&period=year&year=2026").statusCode()).isEqualTo(403);
        // no project or review figures for a department beyond its own projects
        assertThat(d.path("tables").toString()).doesNotContain("代表履职评议");
        // a station's staff see nothing of a county that is not theirs
        JsonNode station = as("staff-cg-dm").json("/dashboard/data.json?" + p);
        assertThat(figure(station.path("headline"), "群众意见").path("numerator").asLong()).isZero();
    }

    @Test
    void everyTableExportsToExcelWithChineseHeadersAndMaskedNames() throws Exception {
        PageSession s = as("supervisor");
        HttpResponse<byte[]> stations = s.bytes("/dashboard/export/opinion-station.xlsx?" + p);
        assertThat(stations.statusCode()).isEqualTo(200);
        List<List<String>> sheet = sheet(stations.body());
        assertThat(sheet.get(0)).contains("站点", "收到", "办结率（%）", "办结率（分子/分母）", "满意率（%）");
        List<String> village = sheet.stream().filter(r -> r.get(0).equals(villageName)).findFirst().orElseThrow();
        assertThat(village.get(sheet.get(0).indexOf("收到"))).isEqualTo("7");
        assertThat(village.get(sheet.get(0).indexOf("办结率（%）"))).isEqualTo("66.7");
        assertThat(village.get(sheet.get(0).indexOf("办结率（分子/分母）"))).isEqualTo("4 / 6");

        List<List<String>> cases = sheet(s.bytes("/dashboard/cases.xlsx?section=opinion&dim=TOTAL&key=ALL"
                + "&measure=RECEIVED&" + p).body());
        assertThat(cases.get(0)).contains("查询编号", "群众（已遮蔽）");
        assertThat(cases).hasSize(8);
        assertThat(cases.toString()).contains("欧**").doesNotContain("欧阳明");

        for (String table : List.of("opinion-channel", "opinion-department", "opinion-deputy", "opinion-trend",
                "opinion-township", "vote", "project", "review", "ledger")) {
            HttpResponse<byte[]> x = s.bytes("/dashboard/export/" + table + ".xlsx?" + p);
            assertThat(x.statusCode()).as(table).isEqualTo(200);
            assertThat(sheet(x.body()).get(0)).as(table).isNotEmpty();
        }
        assertThat(sheet(s.bytes("/dashboard/export/suggestion-department.xlsx?period=year&year=2026").body()).get(0))
                .contains("主办单位", "按期办复率（%）");
    }

    @Test
    void theLedgerCountsWorkingDaysOverdueAndBadFiltersAreNamed() throws Exception {
        // Friday 27 March 2026: five working days after the deadline at the end of Friday 20 March
        moveClockTo(Date.from(at("2026-03-27T10:00")));
        List<List<String>> ledger = sheet(as("supervisor").bytes("/dashboard/export/ledger.xlsx").body());
        List<String> e = ledger.stream().filter(r -> r.get(1).equals(codes.get(4))).findFirst().orElseThrow();
        assertThat(e.get(ledger.get(0).indexOf("超期（工作日）"))).isEqualTo("5");
        assertThat(e.get(ledger.get(0).indexOf("责任单位"))).isEqualTo("青山县交通运输局");
        assertThat(ledger.stream().anyMatch(r -> r.get(1).equals("JT" + department.substring(3) + "4"))).isTrue();

        HttpResponse<String> bad = as("supervisor").get("/dashboard?period=custom&from=2026-02-30&to=2026-03-31");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("日期格式应为", "value=\"2026-02-30\"");
        assertThat(as("supervisor").get("/dashboard?area=nowhere").body()).contains("地区应为县（市、区）或乡镇（街道）");
    }

    @Test
    void oneClickOpensTheSupervisionTaskOfTheOverdueStep() throws Exception {
        String code = submit(opinion("stationCode", "cg-dm", "category", "EDUCATION",
                "content", "东门社区幼儿园学位紧张。", "phone", "13300005555"));
        complete("staff-cg-dm", code, OpinionProcess.TRIAGE, "merge", false, "category", "EDUCATION",
                "route", "LOCAL", "departmentCode", "jyj");
        Date due = jdbc.queryForObject("SELECT reply_due FROM opinion WHERE tracking_code = ?", Timestamp.class, code);
        moveClockTo(new Date(due.getTime() + 3_600_000));
        executeDueJobs();
        String taskId = taskOf("supervisor", code, OpinionProcess.SUPERVISE_OVERDUE).path("id").asText();

        PageSession supervisor = as("supervisor");
        assertThat(supervisor.get("/dashboard").body()).contains(code, "打开督办任务");
        assertThat(as("jyj01").post("/dashboard/ledger/OPINION/" + code + "/supervise").statusCode()).isEqualTo(403);
        HttpResponse<String> open = supervisor.post("/dashboard/ledger/OPINION/" + code + "/supervise");
        assertThat(open.statusCode()).isEqualTo(302);
        assertThat(open.headers().firstValue("Location").orElse("")).endsWith("/camunda/app/tasklist/default/#/?task="
                + taskId);

        // supervised: no second task through the back door
        complete("supervisor", code, OpinionProcess.SUPERVISE_OVERDUE, "supervisionNote", "请三个工作日内答复");
        assertThat(supervisor.post("/dashboard/ledger/OPINION/" + code + "/supervise").statusCode()).isEqualTo(409);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(OpinionProcess.SUPERVISE_OVERDUE).count()).isZero();
    }

    // ---- reading the JSON and the workbooks

    private static JsonNode figure(JsonNode headline, String label) {
        for (JsonNode f : headline) {
            if (f.path("label").asText().equals(label)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + label + " in " + headline);
    }

    private static void assertRate(JsonNode f, long numerator, long denominator, String value) {
        assertThat(f.path("numerator").asLong()).as(f.path("label").asText()).isEqualTo(numerator);
        assertThat(f.path("denominator").asLong()).as(f.path("label").asText()).isEqualTo(denominator);
        assertThat(f.path("value").asText()).as(f.path("label").asText()).isEqualTo(value);
        assertThat(f.path("definition").asText()).isNotBlank();
        assertThat(f.path("drillUrl").asText()).startsWith("/dashboard/cases?");
    }

    private static JsonNode table(JsonNode d, String id) {
        for (JsonNode t : d.path("tables")) {
            if (t.path("id").asText().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no table " + id);
    }

    private static JsonNode row(JsonNode d, String tableId, String name) {
        for (JsonNode r : table(d, tableId).path("rows")) {
            if (r.get(0).path("text").asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no row " + name + " in " + tableId);
    }

    private static JsonNode cell(JsonNode d, String tableId, JsonNode row, String header) {
        JsonNode headers = table(d, tableId).path("headers");
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).asText().equals(header)) {
                return row.get(i).path("figure");
            }
        }
        throw new AssertionError("no column " + header + " in " + tableId);
    }

    static List<List<String>> sheet(byte[] xlsx) throws Exception {
        assertThat(xlsx).isNotEmpty();
        List<List<String>> out = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
                }
                out.add(cells);
            }
        }
        return out;
    }
}
