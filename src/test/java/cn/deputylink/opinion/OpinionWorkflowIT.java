package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The real delegates on the real engine: duplicates and merging, returns, escalation, deadlines, supervision. */
class OpinionWorkflowIT extends OpinionItSupport {

    @Test
    void triageShowsASimilarOpenCaseAndMergingMakesTheTrackingCodeFollowIt() {
        String station = "lh-sq";
        String first = submit(opinion("stationCode", station, "content",
                "石桥村河湾组的自来水管道破裂漏水已经三天了，村民用水困难，请尽快维修。", "phone", "13500003333"));
        String second = submit(opinion("stationCode", station, "content",
                "河湾组自来水管道破裂漏水好几天了，村民用水很困难，希望尽快维修。", "phone", "13500004444"));
        JsonNode triage = taskOf("staff-lh-sq", second, OpinionProcess.TRIAGE);
        JsonNode vars = get("staff-lh-sq", "/engine-rest/task/" + triage.path("id").asText() + "/form-variables")
                .getBody();
        assertThat(vars.path("duplicateHint").path("value").asText()).contains(first);
        JsonNode similar = get("staff-lh-sq", "/api/opinions/" + second + "/duplicates").getBody();
        assertThat(similar.get(0).path("trackingCode").asText()).isEqualTo(first);

        ResponseEntity<JsonNode> wrongTarget = completeTask("staff-lh-sq", triage.path("id").asText(),
                "merge", true, "mergeInto", "YJ-1999-000001");
        assertThat(wrongTarget.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(wrongTarget.getBody().path("message").asText()).contains("要并入的意见不存在");

        complete("staff-lh-sq", second, OpinionProcess.TRIAGE, "merge", true, "mergeInto", first);
        JsonNode followed = track(second, accessCode(second));
        assertThat(followed.path("mergedInto").asText()).isEqualTo(first);
        assertThat(followed.path("status").asText()).isEqualTo("TRIAGE");
        assertThat(followed.path("trackingCode").asText()).isEqualTo(second);
        assertThat(jdbc.queryForObject("SELECT status FROM opinion WHERE tracking_code = ?", String.class, second))
                .isEqualTo("MERGED");
        assertThat(track(first, null).toString()).contains(second + " 已并入本件");

        // the surviving case is handled once; the merged citizen reads its reply with their own 查询码 and rates it
        complete("staff-lh-sq", first, OpinionProcess.TRIAGE, "merge", false, "category", "OTHER", "route", "LOCAL",
                "departmentCode", "zjj");
        complete("zjj01", first, OpinionProcess.HANDLE, "reassign", false, "reply", "已联系供水站抢修。");
        executeDueJobs();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE business_key = ? AND body LIKE ?",
                Long.class, second, "%并案办理并有答复%")).as("the merged citizen is asked to rate").isEqualTo(1);
        assertThat(track(second).path("awaitingFeedback").asBoolean()).isTrue();
        assertThat(track(second).path("reply").isNull()).isTrue();
        assertThat(track(second).path("canRate").asBoolean()).isFalse();
        JsonNode mergedView = track(second, accessCode(second));
        assertThat(mergedView.path("reply").asText()).isEqualTo("已联系供水站抢修。");
        assertThat(mergedView.path("canRate").asBoolean()).isTrue();
        assertThat(trackingPage(second, accessCode(first)).getStatusCode())
                .as("the target's 查询码 does not open the merged case").isEqualTo(HttpStatus.FORBIDDEN);

        // the merged citizen's rating is recorded on their own case; the target still waits for its citizen
        assertThat(rate(second, "BASICALLY_SATISFIED").getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> twice = rate(second, "SATISFIED");
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody().path("message").asText()).contains("已评价");
        assertThat(track(second, accessCode(second)).path("canRate").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("SELECT f.rating FROM opinion_feedback f JOIN opinion o ON o.id = f.opinion_id "
                + "WHERE o.tracking_code = ?", String.class, second)).isEqualTo("BASICALLY_SATISFIED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM opinion_feedback f JOIN opinion o ON o.id = f.opinion_id "
                + "WHERE o.tracking_code = ?", Long.class, first)).isZero();
        assertThat(track(first).path("status").asText()).isEqualTo("WAITING_FEEDBACK");
        assertThat(get("staff-lh-sq", "/api/opinions/" + first).getBody().toString())
                .contains(second + " 群众评价：基本满意");

        assertThat(rate(first, "SATISFIED").getStatusCode()).isEqualTo(HttpStatus.OK);
        executeDueJobs();
        assertThat(track(first).path("outcome").asText()).isEqualTo("SATISFIED");
        assertThat(rate(second, "UNSATISFIED").getStatusCode()).as("the rating window closed with the target")
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aDepartmentReturnsACaseAsNotOursAndItIsTriagedAgainWithoutADeadlineAgainstIt() {
        String code = submit(opinion("stationCode", "cg-gy", "category", "ENVIRONMENT",
                "content", "工业园区夜间噪音扰民。"));
        complete("staff-cg-gy", code, OpinionProcess.TRIAGE, "merge", false, "category", "ENVIRONMENT",
                "route", "LOCAL", "departmentCode", "hbj");
        JsonNode task = taskOf("hbj01", code, OpinionProcess.HANDLE);
        ResponseEntity<JsonNode> noReason = completeTask("hbj01", task.path("id").asText(), "reassign", true);
        assertThat(noReason.getBody().path("message").asText()).contains("退回时请填写理由");
        complete("hbj01", code, OpinionProcess.HANDLE, "reassign", true, "reassignReason", "施工噪音归城管局管理");

        JsonNode again = taskOf("staff-cg-gy", code, OpinionProcess.TRIAGE);
        assertThat(again).isNotNull();
        Map<String, Object> assignment = jdbc.queryForMap("SELECT a.returned, a.overdue, a.return_reason FROM "
                + "opinion_assignment a JOIN opinion o ON o.id = a.opinion_id WHERE o.tracking_code = ?", code);
        assertThat(assignment.get("returned")).isIn(true, 1, (byte) 1);
        assertThat(jdbc.queryForObject("SELECT reply_due FROM opinion WHERE tracking_code = ?", Timestamp.class, code))
                .isNull();
        assertThat(track(code, null).path("status").asText()).isEqualTo("TRIAGE");
        JsonNode file = get("staff-cg-gy", "/api/opinions/" + code).getBody();
        assertThat(file.toString()).contains("施工噪音归城管局管理");
        assertThat(track(code, null).toString()).doesNotContain("施工噪音归城管局管理");
        complete("staff-cg-gy", code, OpinionProcess.TRIAGE, "merge", false, "category", "URBAN_MANAGEMENT",
                "route", "LOCAL", "departmentCode", "cgj");
        assertThat(taskOf("cgj01", code, OpinionProcess.HANDLE)).isNotNull();
    }

    @Test
    void escalatedToTheTownshipHomeAndRejectedThereWithAReasonTheCitizenSees() {
        String code = submit(opinion("stationCode", "ty-xl", "category", "LEGAL",
                "content", "请人大代表帮忙让法院改判我家的土地纠纷案。"));
        complete("staff-ty-xl", code, OpinionProcess.TRIAGE, "merge", false, "category", "LEGAL", "route", "UPPER");
        assertThat(get("staff-ty-xl", "/engine-rest/task?processInstanceBusinessKey=" + code).getBody()).isEmpty();
        complete("staff-ty", code, OpinionProcess.TRIAGE, "merge", false, "category", "LEGAL", "route", "REJECT",
                "rejectReason", "属于正在审理的司法案件，代表不得干涉，请通过法定程序反映");
        executeDueJobs();
        JsonNode closed = track(code, null);
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(closed.toString()).contains("桃源镇人大代表之家", "代表不得干涉");
    }

    @Test
    void theTopStationCannotEscalateFurther() {
        String code = submit(opinion("stationCode", "yx", "category", "TRAFFIC", "content", "市区公交线路调整建议。"));
        JsonNode task = taskOf("staff-yx", code, OpinionProcess.TRIAGE);
        ResponseEntity<JsonNode> refused = completeTask("staff-yx", task.path("id").asText(), "merge", false,
                "category", "TRAFFIC", "route", "UPPER");
        assertThat(refused.getBody().path("message").asText()).contains("没有上级站点");
        JsonNode vars = get("staff-yx", "/engine-rest/task/" + task.path("id").asText() + "/form-variables").getBody();
        assertThat(vars.path("proposedDepartmentCode").path("value").asText()).isEqualTo("sjtj");
    }

    @Test
    void pastTheDeadlineTheCaseIsOverdueSupervisedAndStaffRecordAPhoneRating() {
        JsonNode before = get("office", "/api/opinions/stats?year=2026&station=cg-dm").getBody();
        String code = submit(opinion("stationCode", "cg-dm", "category", "EDUCATION",
                "content", "东门社区幼儿园学位紧张。", "phone", "13300005555"));
        complete("staff-cg-dm", code, OpinionProcess.TRIAGE, "merge", false, "category", "EDUCATION",
                "route", "LOCAL", "departmentCode", "jyj");
        JsonNode task = taskOf("jyj01", code, OpinionProcess.HANDLE);
        Date due = jdbc.queryForObject("SELECT reply_due FROM opinion WHERE tracking_code = ?", Timestamp.class, code);
        assertThat(task.path("due").asText()).isNotEmpty();

        moveClockTo(new Date(due.getTime() + 3_600_000));
        executeDueJobs();
        JsonNode overdue = track(code, null);
        assertThat(overdue.path("overdue").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE business_key = ? AND recipient = ?",
                Long.class, code, "dept-jyj")).isGreaterThanOrEqualTo(2);
        JsonNode supervise = taskOf("supervisor", code, OpinionProcess.SUPERVISE_OVERDUE);
        assertThat(supervise.path("name").asText()).isEqualTo("超期督办");
        complete("supervisor", code, OpinionProcess.SUPERVISE_OVERDUE, "supervisionNote", "请三个工作日内答复");
        assertThat(get("staff-cg-dm", "/api/opinions/" + code).getBody().toString()).contains("请三个工作日内答复");

        complete("jyj01", code, OpinionProcess.HANDLE, "reassign", false, "reply", "已协调新增学位 30 个。");
        executeDueJobs();
        assertThat(track(code, null).path("overdue").asBoolean()).isFalse();

        Map<String, Object> phoneRating = Map.of("rating", "SATISFIED", "comment", "电话回访：满意");
        assertThat(post("staff-ty-xl", "/api/opinions/" + code + "/feedback", phoneRating).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> recorded = post("staff-cg-dm", "/api/opinions/" + code + "/feedback", phoneRating);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        executeDueJobs();
        JsonNode file = get("staff-cg-dm", "/api/opinions/" + code).getBody();
        assertThat(file.path("feedback").get(0).path("channel").asText()).isEqualTo("PHONE");
        assertThat(file.path("feedback").get(0).path("recordedBy").asText()).isEqualTo("staff-cg-dm");
        assertThat(file.path("feedback").get(0).path("comment").asText()).isEqualTo("电话回访：满意");
        assertThat(file.path("assignments").get(0).path("overdue").asBoolean()).isTrue();

        JsonNode after = get("office", "/api/opinions/stats?year=2026&station=cg-dm").getBody();
        assertThat(after.path("received").asLong()).isEqualTo(before.path("received").asLong() + 1);
        assertThat(after.path("closed").asLong()).isEqualTo(before.path("closed").asLong() + 1);
        assertThat(after.path("repliedLate").asLong()).isEqualTo(before.path("repliedLate").asLong() + 1);
        assertThat(after.path("outcomes").path("SATISFIED").asLong())
                .isEqualTo(before.path("outcomes").path("SATISFIED").asLong() + 1);
        assertThat(get("staff-cg-dm", "/api/opinions/stats?year=2026&station=cg-dm").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("staff-cg-dm", "/api/opinions/stats?year=2026&station=ty").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void withoutARatingTheCaseClosesAsNotRatedAfterSevenDays() {
        String code = submit(opinion("stationCode", "ty", "category", "HEALTH", "content", "镇卫生院夜间无值班医生。"));
        complete("staff-ty", code, OpinionProcess.TRIAGE, "merge", false, "category", "HEALTH", "route", "LOCAL",
                "departmentCode", "wjj");
        complete("wjj01", code, OpinionProcess.HANDLE, "reassign", false, "reply", "已安排夜间值班。");
        executeDueJobs();
        moveClockTo(new Date(System.currentTimeMillis() + 7L * 24 * 3_600_000 + 3_600_000));
        executeDueJobs();
        JsonNode closed = track(code, null);
        assertThat(closed.path("outcome").asText()).isEqualTo("NOT_RATED");
        assertThat(rate(code, "SATISFIED").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aCaseAnsweredOnTheSpotClosesAndDeputyStatisticsCountWalkIns() {
        JsonNode before = get("office", "/api/opinions/stats?year=2026").getBody();
        ResponseEntity<JsonNode> created = post("staff-lh", "/api/opinions", opinion("stationCode", "lh",
                "content", "咨询新农合报销比例。", "receivingDeputyCode", "D016"));
        String code = created.getBody().path("trackingCode").asText();
        complete("staff-lh", code, OpinionProcess.TRIAGE, "merge", false, "category", "HEALTH", "route", "ON_SITE",
                "reply", "已当场解释报销政策。");
        executeDueJobs();
        assertThat(track(code, null).path("outcome").asText()).isEqualTo("ANSWERED_ON_SITE");
        JsonNode after = get("office", "/api/opinions/stats?year=2026").getBody();
        assertThat(deputyCount(after, "D016")).isEqualTo(deputyCount(before, "D016") + 1);
    }

    private static long deputyCount(JsonNode stats, String deputyCode) {
        for (JsonNode d : stats.path("byDeputy")) {
            if (d.path("deputyCode").asText().equals(deputyCode)) {
                return d.path("received").asLong();
            }
        }
        return 0;
    }
}
