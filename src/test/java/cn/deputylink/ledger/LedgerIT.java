package cn.deputylink.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.review.ReviewTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class LedgerIT extends ReviewTestSupport {

    @Autowired
    ActivityLedger ledger;

    @Test
    void staffRecordDeputiesSelfReportAndStaffConfirmOrReject() {
        String code = deputyWithLogin("LG", List.of("COUNTY"), List.of("ty-xl"));
        String deputy = code.toLowerCase();
        String path = "/api/deputies/" + code;

        ResponseEntity<JsonNode> byStaff = post("staff-ty-xl", path + "/activities", map("type", "STATION_DUTY_DAY",
                "date", "2025-03-10", "stationCode", "ty-xl", "hours", 4, "note", "周驻室接待"));
        assertThat(byStaff.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(byStaff.getBody().path("confirmed").asBoolean()).isTrue();
        assertThat(byStaff.getBody().path("source").asText()).isEqualTo("工作人员登记");

        ResponseEntity<JsonNode> selfReport = post(deputy, path + "/activities", map("type", "HOUSEHOLD_VISIT",
                "date", "2025-04-01", "note", "走访联系户"));
        assertThat(selfReport.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(selfReport.getBody().path("selfReported").asBoolean()).isTrue();
        assertThat(selfReport.getBody().path("status").asText()).isEqualTo("待确认");
        long selfId = selfReport.getBody().path("id").asLong();

        // the deputy cannot confirm their own report; staff of another station neither see nor write
        assertThat(post(deputy, path + "/activities/" + selfId + "/confirm", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("staff-lh", path + "/ledger?year=2025").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("staff-lh", path + "/activities", map("type", "SURVEY", "date", "2025-05-01"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("d001", path + "/ledger?year=2025").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("supervisor", path + "/activities", map("type", "SURVEY", "date", "2025-05-01"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode pending = get("staff-ty-xl", "/api/activities/pending?size=200").getBody();
        assertThat(pending.path("items").findValuesAsText("id")).contains(Long.toString(selfId));
        assertThat(get("staff-lh", "/api/activities/pending?size=200").getBody().path("items")
                .findValuesAsText("id")).doesNotContain(Long.toString(selfId));

        ResponseEntity<JsonNode> confirmed = post("staff-ty-xl", path + "/activities/" + selfId + "/confirm", null);
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(confirmed.getBody().path("confirmedBy").asText()).isEqualTo("staff-ty-xl");
        assertThat(post("staff-ty-xl", path + "/activities/" + selfId + "/confirm", null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        long surveyId = post(deputy, path + "/activities", map("type", "SURVEY", "date", "2025-05-20"))
                .getBody().path("id").asLong();
        assertThat(post("staff-ty-xl", path + "/activities/" + surveyId + "/reject", map("reason", " "))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> rejected = post("staff-ty-xl", path + "/activities/" + surveyId + "/reject",
                map("reason", "当日无调研安排，无法核实"));
        assertThat(rejected.getBody().path("status").asText()).isEqualTo("未予确认");
        post(deputy, path + "/activities", map("type", "TRAINING", "date", "2025-06-01"));

        for (String reader : List.of(deputy, "staff-ty-xl", "office", "supervisor")) {
            assertThat(get(reader, path + "/ledger?year=2025").getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
        }
        JsonNode year = get("office", path + "/ledger?year=2025").getBody();
        assertThat(year.path("entries")).hasSize(4);
        assertThat(year.path("countedEntries").asInt()).isEqualTo(2);
        assertThat(total(year, "STATION_DUTY_DAY").path("count").asInt()).isEqualTo(1);
        assertThat(total(year, "STATION_DUTY_DAY").path("hours").decimalValue()).isEqualByComparingTo("4.0");
        assertThat(total(year, "HOUSEHOLD_VISIT").path("count").asInt()).isEqualTo(1);
        assertThat(total(year, "SURVEY").path("count").asInt()).isZero();
        assertThat(total(year, "TRAINING").path("pending").asInt()).isEqualTo(1);
        assertThat(year.path("totals").findValuesAsText("type")).doesNotContain("ANNUAL_REVIEW");
        assertThat(get("office", path + "/ledger?year=2024").getBody().path("entries")).isEmpty();
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        String code = deputyWithLogin("LB", List.of("TOWNSHIP"), List.of("lh-sq"));
        String path = "/api/deputies/" + code + "/activities";
        String tomorrow = LocalDate.now().plusDays(2).toString();

        assertField(post("staff-lh-sq", path, map("type", "SURVEY", "date", tomorrow)), "date");
        assertField(post("staff-lh-sq", path, map("date", "2025-01-05")), "type");
        assertField(post("staff-lh-sq", path, map("type", "VISIT", "date", "2025-01-05")), "type");
        assertField(post("staff-lh-sq", path, map("type", "ANNUAL_REVIEW", "date", "2025-01-05")), "type");
        assertField(post("staff-lh-sq", path, map("type", "SURVEY", "date", "2025-01-05", "stationCode", "nowhere")),
                "stationCode");
        assertField(post("staff-lh-sq", path, map("type", "SURVEY", "date", "2025-01-05", "hours", 30)), "hours");
        assertField(get("staff-lh-sq", "/api/deputies/" + code + "/ledger?year=1999"), "year");
        assertThat(get("office", "/api/deputies/NO-SUCH/ledger").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("office", "/api/deputies/" + code + "/ledger?year=2025").getBody().path("entries")).isEmpty();
    }

    @Test
    void theExportHasChineseHeadersEveryEntryAndTheTotals() throws IOException {
        String code = deputyWithLogin("LX", List.of("COUNTY"), List.of("cg-dm"));
        post("staff-cg-dm", "/api/deputies/" + code + "/activities", map("type", "CONSTITUENT_RECEPTION",
                "date", "2025-07-15", "stationCode", "cg-dm", "hours", 3, "note", "接待选民日"));
        post("staff-cg-dm", "/api/deputies/" + code + "/activities", map("type", "CONSTITUENT_RECEPTION",
                "date", "2025-08-15", "stationCode", "cg-dm", "hours", 2.5));

        ResponseEntity<byte[]> file = download("staff-cg-dm", "/api/deputies/" + code + "/ledger/export?year=2025");
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("履职档案-" + code + "-测"
                + code.substring(code.length() - 2) + "-2025.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactly("日期", "履职类型", "次数", "时长（小时）", "站点", "说明",
                    "登记人", "来源", "确认情况");
            assertThat(cells(sheet.getRow(1))).startsWith("2025-07-15", "接待选民", "1.0", "3.0");
            Row total = null;
            for (Row row : sheet) {
                if ("合计".equals(cell(row, 0)) && "接待选民".equals(cell(row, 1))) {
                    total = row;
                }
            }
            assertThat(total).isNotNull();
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(5.5);
        }
        assertThat(download("staff-lh", "/api/deputies/" + code + "/ledger/export?year=2025").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void workflowEntriesAreWrittenOnceAndCountAsConfirmed() {
        String code = deputyWithLogin("LW", List.of("COUNTY"), List.of("ty"));
        String key = "suggestion-submitted:JY-2025-0001:" + code;
        ledger.recordFromWorkflow(code, ActivityType.SUGGESTION_SUBMITTED, LocalDate.of(2025, 3, 1), null, "提出建议", key);
        ledger.recordFromWorkflow(code, ActivityType.SUGGESTION_SUBMITTED, LocalDate.of(2025, 3, 1), null, "提出建议", key);

        JsonNode year = get("office", "/api/deputies/" + code + "/ledger?year=2025").getBody();
        assertThat(year.path("entries")).hasSize(1);
        assertThat(year.path("entries").get(0).path("source").asText()).isEqualTo("系统记录");
        Long deputyId = jdbc.queryForObject("SELECT id FROM deputy WHERE code = ?", Long.class, code);
        assertThat(ledger.countedEntries(deputyId, 2025)).containsEntry(ActivityType.SUGGESTION_SUBMITTED, 1L);
    }

    private static JsonNode total(JsonNode ledger, String type) {
        for (JsonNode t : ledger.path("totals")) {
            if (type.equals(t.path("type").asText())) {
                return t;
            }
        }
        throw new AssertionError("no total for " + type);
    }

    private static void assertField(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode()).as(response.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("fieldErrors").findValuesAsText("field")).as(response.toString())
                .contains(field);
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            values.add(cell(row, i));
        }
        return values;
    }

    private static String cell(Row row, int i) {
        if (row == null || row.getCell(i) == null) {
            return null;
        }
        return switch (row.getCell(i).getCellType()) {
            case NUMERIC -> Double.toString(row.getCell(i).getNumericCellValue());
            case STRING -> row.getCell(i).getStringCellValue();
            default -> null;
        };
    }
}
