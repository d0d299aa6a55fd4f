package cn.deputylink.suggestion;

import static cn.deputylink.suggestion.SuggestionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.ledger.ActivityRecord;
import cn.deputylink.ledger.ActivityRecordRepository;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The workflow with its real service tasks, the case file and engine authorization, driven as
 * the demo users drive it: deputies over our API, everyone else through Tasklist's REST calls.
 */
class SuggestionWorkflowIT extends SuggestionITSupport {

    @Autowired
    ActivityRecordRepository ledger;

    @Test
    void aJointSuggestionIsAdmittedHandledByLeadAndCoHandlerRatedAndFollowedUpUntilResolved() {
        moveClockTo(at(2026, 3, 2, 9));
        String key = submitAs("d010", "关于增开桃源镇至县城公交班次的建议", List.of("D011", "D012"));
        assertThat(key).matches("JY-2026-\\d{4}");
        Suggestion s = load(key);
        assertThat(s.getSigners()).extracting(g -> g.getDeputy().getCode()).containsExactly("D010", "D011", "D012");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult()
                .getProcessInstanceId()).isEqualTo(s.getProcessInstanceId());
        for (String code : List.of("D010", "D011", "D012")) {
            ActivityRecord entry = ledger.findBySourceKey("suggestion-submitted:" + key + ":" + code).orElseThrow();
            assertThat(entry.getType().name()).isEqualTo("SUGGESTION_SUBMITTED");
        }
        // every signer sees it; other deputies and departments do not (yet)
        assertThat(detail("d011", key).path("signers")).hasSize(3);
        assertThat(get("d020", "/api/suggestions/" + key).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("jtj01", "/api/suggestions/" + key).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("d012", "/api/suggestions").getBody().path("items").findValuesAsText("businessKey")).contains(key);

        // the office admits it in Tasklist: lead jtj, co-handler zjj; the picker lists the departments
        Task review = openTask(key, TASK_REVIEW_ADMISSION);
        JsonNode formVars = engineRest("office", HttpMethod.GET, "/engine-rest/task/" + review.getId()
                + "/form-variables?deserializeValues=false", null).getBody();
        assertThat(formVars.path("departmentOptions").path("type").asText()).isEqualTo("Json");
        assertThat(formVars.path("departmentOptions").path("value").asText()).contains("\"value\":\"jtj\"");
        admit(key, "jtj", List.of("zjj"), false);
        s = load(key);
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.HANDLING);
        assertThat(s.getLeadDepartment()).isEqualTo("jtj");
        assertThat(s.getReplyDue()).isEqualTo(at(2026, 6, 2, 9).toInstant());
        assertThat(s.activeDepartments()).extracting(SuggestionDepartment::getDepartmentCode).containsExactly("jtj", "zjj");

        // co-handler zjj sends its opinion; the lead consults and replies with B
        submitFormOk("zjj01", openTask(key, TASK_CO_HANDLER_OPINION), Map.of("coHandlerOpinion", "住建局将配合改造候车亭"));
        consultByPhone("jtj01", key);
        assertThat(runtimeService.getVariables(s.getProcessInstanceId())).doesNotContainKeys("consultationSummary",
                "coHandlerOpinion");
        Map<String, Object> reply = new HashMap<>();
        reply.put("resultClass", "B");
        reply.put("promisedDate", "2026-12-31");
        reply.put("replyText", "已列入年度计划，年底前增开班次");
        submitFormOk("jtj01", openTask(key, TASK_REPLY), reply);
        s = load(key);
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.REPLIED);
        assertThat(s.getRepliedOnTime()).isTrue();
        assertThat(s.getReplyText()).isEqualTo("已列入年度计划，年底前增开班次");
        assertThat(s.activeDepartment("zjj", HandlingRole.CO_HANDLER).orElseThrow().getOpinion()).contains("候车亭");
        assertThat(ledger.findBySourceKey("suggestion-submitted:" + key + ":D011").orElseThrow().getNote())
                .contains("B类");
        assertThat(runtimeService.getVariables(s.getProcessInstanceId())).doesNotContainKey("replyText");

        // the deputy rates it in Tasklist
        Task rate = openTask(key, TASK_RATE);
        assertThat(rate.getAssignee()).isEqualTo("d010");
        submitFormOk("d010", rate, Map.of("rating", "SATISFIED"));
        assertThat(load(key).getStatus()).isEqualTo(SuggestionStatus.FOLLOW_UP);

        // quarterly follow-up until resolved
        moveClockTo(at(2026, 6, 1, 9));
        executeDueJobs();
        assertThat(openTasks(key, TASK_REPORT_FOLLOW_UP)).isEmpty();
        moveClockTo(at(2026, 6, 2, 10));
        executeDueJobs();
        submitFormOk("jtj01", openTask(key, TASK_REPORT_FOLLOW_UP),
                Map.of("followUpProgress", "新增两个班次已开通", "followUpResolved", true));
        s = load(key);
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.CLOSED);
        assertThat(s.isResolved()).isTrue();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).singleResult()
                .getEndTime()).isNotNull();
        JsonNode view = detail("d010", key);
        assertThat(view.path("events").findValuesAsText("type")).contains("SUBMITTED", "ASSIGNED", "CO_HANDLER_OPINION",
                "CONSULTATION", "REPLIED", "RATED", "FOLLOW_UP_REPORT", "RESOLVED", "CLOSED");
    }

    @Test
    void aDepartmentNeitherSeesNorCompletesAnotherDepartmentsTask() {
        String key = submitAs("d013", "关于改善学校周边交通秩序的建议", List.of());
        admit(key, "jtj", List.of("zjj"), false);
        Task zjjTask = openTask(key, TASK_CO_HANDLER_OPINION);
        Task jtjTask = openTask(key, TASK_CONSULT);

        JsonNode jtjList = engineRest("jtj01", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + key,
                null).getBody();
        assertThat(jtjList.findValuesAsText("id")).containsExactly(jtjTask.getId());
        JsonNode zjjList = engineRest("zjj01", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + key,
                null).getBody();
        assertThat(zjjList.findValuesAsText("id")).containsExactly(zjjTask.getId());
        assertThat(engineRest("hbj01", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + key, null)
                .getBody()).isEmpty();

        ResponseEntity<JsonNode> peek = engineRest("jtj01", HttpMethod.GET, "/engine-rest/task/" + zjjTask.getId()
                + "/deployed-form", null);
        assertThat(peek.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> steal = submitForm("jtj01", zjjTask, Map.of("coHandlerOpinion", "越权填写"));
        assertThat(steal.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(submitForm("zjj01", jtjTask, Map.of("leadAction", "WAIVED")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(openTasks(key, TASK_CO_HANDLER_OPINION)).hasSize(1);

        // the engine's own check, without HTTP
        identityService.setAuthentication("jtj01", List.of("dept-jtj"));
        try {
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(key).list())
                    .extracting(Task::getId).containsExactly(jtjTask.getId());
        } finally {
            identityService.clearAuthentication();
        }
        // and our API: the assigned departments see the case, others do not
        assertThat(get("zjj01", "/api/suggestions/" + key).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("hbj01", "/api/suggestions/" + key).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void eachUserGetsAValidChineseCamundaFormForItsTask() throws Exception {
        JsonNode start = engineRest("d010", HttpMethod.GET,
                "/engine-rest/process-definition/key/deputy-suggestion/deployed-start-form", null).getBody();
        assertForm(start, "form-suggestion-submit");

        String key = submitAs("d014", "关于加强农村饮水安全的建议", List.of());
        Task review = openTask(key, TASK_REVIEW_ADMISSION);
        assertForm(engineRest("office", HttpMethod.GET, "/engine-rest/task/" + review.getId() + "/deployed-form",
                null).getBody(), "form-suggestion-admission");
        admit(key, "jtj", List.of("zjj"), false);
        assertForm(engineRest("jtj01", HttpMethod.GET, "/engine-rest/task/" + openTask(key, TASK_CONSULT).getId()
                + "/deployed-form", null).getBody(), "form-suggestion-consultation");
        assertForm(engineRest("zjj01", HttpMethod.GET, "/engine-rest/task/"
                + openTask(key, TASK_CO_HANDLER_OPINION).getId() + "/deployed-form", null).getBody(),
                "form-suggestion-co-handler");
    }

    private void assertForm(JsonNode form, String id) {
        assertThat(form.path("id").asText()).isEqualTo(id);
        assertThat(form.path("type").asText()).isEqualTo("default");
        assertThat(form.path("schemaVersion").asInt()).isBetween(1, 16);
        assertThat(form.path("components").size()).isPositive();
        for (JsonNode c : form.path("components")) {
            assertThat(c.path("id").asText()).isNotBlank();
            if (c.has("key")) {
                assertThat(c.path("label").asText()).as(c.toString()).containsPattern("[\\u4e00-\\u9fff]");
            }
        }
    }

    @Test
    void theTasklistStartFormCreatesTheSuggestionWithItsKey() {
        Map<String, Object> form = new HashMap<>();
        form.put("title", "关于增设社区养老服务站的建议");
        form.put("content", "东门社区老年人多，建议增设养老服务站。");
        form.put("raisedDuring", "SESSION");
        form.put("coSignerCodes", "D018, D028");
        ResponseEntity<JsonNode> started = engineRest("d017", HttpMethod.POST,
                "/engine-rest/process-definition/key/deputy-suggestion/submit-form",
                Map.of("variables", formVariables(form)));
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        String key = runtimeService.createProcessInstanceQuery().processInstanceId(started.getBody().path("id").asText())
                .singleResult().getBusinessKey();
        assertThat(key).matches("JY-\\d{4}-\\d{4}");
        Suggestion s = load(key);
        assertThat(s.getRaisedDuring()).isEqualTo(RaisedDuring.SESSION);
        assertThat(s.getSigners()).extracting(g -> g.getDeputy().getCode()).containsExactly("D017", "D018", "D028");
        assertThat(runtimeService.getVariables(s.getProcessInstanceId())).doesNotContainKeys("title", "content",
                "coSignerCodes").containsEntry("deputyUserId", "d017");

        // a start form with bad input, or from someone who is not a deputy, is refused and leaves nothing behind
        long before = suggestions.count();
        Map<String, Object> empty = new HashMap<>(form);
        empty.put("content", " ");
        ResponseEntity<JsonNode> bad = engineRest("d017", HttpMethod.POST,
                "/engine-rest/process-definition/key/deputy-suggestion/submit-form",
                Map.of("variables", formVariables(empty)));
        assertThat(bad.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(bad.getBody().path("message").asText()).contains("建议内容不能为空");
        Map<String, Object> stranger = new HashMap<>(form);
        stranger.put("coSignerCodes", "D999");
        assertThat(engineRest("d017", HttpMethod.POST,
                "/engine-rest/process-definition/key/deputy-suggestion/submit-form",
                Map.of("variables", formVariables(stranger))).getBody().path("message").asText())
                .contains("联名代表不存在");
        ResponseEntity<JsonNode> notDeputy = engineRest("office", HttpMethod.POST,
                "/engine-rest/process-definition/key/deputy-suggestion/submit-form",
                Map.of("variables", formVariables(form)));
        assertThat(notDeputy.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(suggestions.count()).isEqualTo(before);
    }

    @Test
    void theOfficeReturnsItTheDeputyRevisesAndTheOfficeConvertsItIntoALetter() {
        String key = submitAs("d015", "关于柳河乡某户宅基地纠纷的建议", List.of());
        Task review = openTask(key, TASK_REVIEW_ADMISSION);
        ResponseEntity<JsonNode> noComment = submitForm("office", review, Map.of("admission", "RETURN"));
        assertThat(noComment.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(noComment.getBody().path("message").asText()).contains("退回意见不能为空");
        submitFormOk("office", review, Map.of("admission", "RETURN", "admissionComment", "请写明政策依据"));
        assertThat(load(key).getStatus()).isEqualTo(SuggestionStatus.RETURNED);

        Task revise = openTask(key, TASK_REVISE);
        assertThat(revise.getAssignee()).isEqualTo("d015");
        submitFormOk("d015", revise, Map.of("revisionAction", "RESUBMIT", "suggestionTitle", "关于规范农村宅基地审批的建议",
                "content", "建议规范农村宅基地审批流程。"));
        Suggestion s = load(key);
        assertThat(s.getTitle()).isEqualTo("关于规范农村宅基地审批的建议");
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.UNDER_REVIEW);

        submitFormOk("office", openTask(key, TASK_REVIEW_ADMISSION),
                Map.of("admission", "CONVERT_TO_LETTER", "admissionComment", "属个案诉求，转来信办理"));
        s = load(key);
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.CONVERTED_TO_LETTER);
        assertThat(s.getClosedAt()).isNotNull();
        assertThat(s.getAdmissionComment()).isEqualTo("属个案诉求，转来信办理");
    }

    @Test
    void theFormsRefuseBadInputWithTheReasonInChinese() {
        String key = submitAs("d016", "关于敬老院消防设施改造的建议", List.of());
        Task review = openTask(key, TASK_REVIEW_ADMISSION);
        Map<String, ResponseEntity<JsonNode>> refused = new HashMap<>();
        refused.put("no decision", submitForm("office", review, Map.of()));
        refused.put("unknown decision", submitForm("office", review, Map.of("admission", "MAYBE")));
        refused.put("no lead", submitForm("office", review, Map.of("admission", "ACCEPT")));
        refused.put("unknown lead", submitForm("office", review, Map.of("admission", "ACCEPT", "leadDepartment", "nope")));
        refused.put("lead as co", submitForm("office", review, Map.of("admission", "ACCEPT", "leadDepartment", "mzj",
                "coDepartments", List.of("mzj"))));
        refused.forEach((what, r) -> assertThat(r.getStatusCode().is2xxSuccessful()).as(what).isFalse());
        // the door refuses a value the form does not offer, naming the field, before any listener runs
        assertThat(refused.get("unknown lead").getBody().path("message").asText()).contains("不是可选的选项");
        assertThat(refused.get("unknown lead").getBody().path("field").asText()).isEqualTo("leadDepartment");
        assertThat(load(key).getStatus()).isEqualTo(SuggestionStatus.UNDER_REVIEW);

        admit(key, "mzj", List.of(), false);
        Task consult = openTask(key, TASK_CONSULT);
        ResponseEntity<JsonNode> fax = submitForm("mzj01", consult, Map.of("leadAction", "CONSULTED",
                "consultationMethod", "FAX", "consultationDate", today(), "consultationSummary", "x"));
        assertThat(fax.getBody().path("message").asText()).contains("不是可选的选项");
        assertThat(fax.getBody().path("field").asText()).isEqualTo("consultationMethod");
        assertThat(submitForm("mzj01", consult, Map.of("leadAction", "CONSULTED", "consultationMethod", "PHONE",
                "consultationDate", "2099-01-01", "consultationSummary", "x")).getBody().path("message").asText())
                .contains("面商日期不能晚于今天");
        assertThat(submitForm("mzj01", consult, Map.of("leadAction", "NOT_OURS")).getBody().path("message").asText())
                .contains("改办理由不能为空");
        submitFormOk("mzj01", consult, Map.of("leadAction", "WAIVED"));

        Task reply = openTask(key, TASK_REPLY);
        assertThat(submitForm("mzj01", reply, Map.of("resultClass", "B", "replyText", "答复")).getBody()
                .path("message").asText()).contains("承诺解决日期");
        assertThat(submitForm("mzj01", reply, Map.of("resultClass", "C", "replyText", "答复")).getBody()
                .path("message").asText()).contains("暂不能解决的理由不能为空");
        assertThat(submitForm("mzj01", reply, Map.of("resultClass", "A")).getBody()
                .path("message").asText()).contains("答复内容不能为空");
        submitFormOk("mzj01", reply, Map.of("resultClass", "A", "replyText", "已完成改造"));
        Suggestion s = load(key);
        assertThat(s.isConsultationWaived()).isTrue();
        assertThat(s.isConsulted()).isFalse();
        assertThat(submitForm("d016", openTask(key, TASK_RATE), Map.of("rating", "GREAT")).getStatusCode()
                .is2xxSuccessful()).isFalse();
    }

    @Test
    void notOursOnceThenTheOfficeReassignsAndTheClockRestarts() {
        moveClockTo(at(2026, 4, 1, 9));
        String key = submitAs("d019", "关于老街排水管网改造的建议", List.of());
        admit(key, "jtj", List.of("hbj"), false);
        moveClockTo(at(2026, 4, 15, 9));
        submitFormOk("jtj01", openTask(key, TASK_CONSULT), Map.of("leadAction", "NOT_OURS",
                "notOursReason", "排水管网属住建部门职责"));
        assertThat(openTasks(key, TASK_CO_HANDLER_OPINION)).isEmpty();
        Task reassign = openTask(key, TASK_REASSIGN);
        assertThat(submitForm("office", reassign, Map.of("leadDepartment", "jtj")).getBody().path("message").asText())
                .contains("原主办单位已申请改办");
        submitFormOk("office", reassign, Map.of("leadDepartment", "zjj", "coDepartments", List.of()));

        Suggestion s = load(key);
        assertThat(s.getLeadDepartment()).isEqualTo("zjj");
        assertThat(s.isTransferred()).isTrue();
        assertThat(s.getTransferReason()).isEqualTo("排水管网属住建部门职责");
        assertThat(s.getAssignedAt()).isEqualTo(at(2026, 4, 15, 9).toInstant());
        assertThat(s.getReplyDue()).isEqualTo(at(2026, 7, 15, 9).toInstant());
        assertThat(s.activeDepartments()).extracting(SuggestionDepartment::getDepartmentCode).containsExactly("zjj");
        Task consult = openTask(key, TASK_CONSULT);
        assertThat(taskService.getIdentityLinksForTask(consult.getId()))
                .anyMatch(l -> "dept-zjj".equals(l.getGroupId()));
        // only once
        assertThat(submitForm("zjj01", consult, Map.of("leadAction", "NOT_OURS", "notOursReason", "也不是我们"))
                .getBody().path("message").asText()).contains("改办申请只能提出一次");
    }

    @Test
    void anApprovedExtensionMovesTheDueDateAndTheTimerARefusedOneDoesNotAndLateRepliesAreSupervised() {
        moveClockTo(at(2026, 3, 2, 9));
        String key = submitAs("d020", "关于工业园区道路拓宽的建议", List.of());
        admit(key, "jtj", List.of(), false);

        Map<String, Object> request = new HashMap<>();
        request.put("reason", "涉及土地征收，需要更多时间");
        request.put("requestedDueDate", "2026-08-31");
        assertThat(post("zjj01", "/api/suggestions/" + key + "/extension-requests", request).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("jtj01", "/api/suggestions/" + key + "/extension-requests", request).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        assertThat(post("jtj01", "/api/suggestions/" + key + "/extension-requests", request).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        Task review = openTask(key, TASK_REVIEW_EXTENSION);
        assertThat(taskService.getIdentityLinksForTask(review.getId()))
                .anyMatch(l -> "liaison-office".equals(l.getGroupId()));
        submitFormOk("office", review, Map.of("extensionDecision", "APPROVED", "extensionComment", "同意"));

        Suggestion s = load(key);
        Instant granted = at(2026, 9, 1, 0).toInstant();
        assertThat(s.getReplyDue()).isEqualTo(granted);
        assertThat(s.isExtended()).isTrue();
        assertThat(s.getExtensions().get(0).getDecision()).isEqualTo(ExtensionDecision.APPROVED);
        Job timer = managementService.createJobQuery().processInstanceId(s.getProcessInstanceId())
                .activityId(BOUNDARY_REPLY_OVERDUE).singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(granted);
        assertThat(openTask(key, TASK_CONSULT).getDueDate().toInstant()).isEqualTo(granted);

        // a second request is refused by the office and changes nothing
        request.put("requestedDueDate", "2026-09-02");
        assertThat(post("jtj01", "/api/suggestions/" + key + "/extension-requests", request).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        submitFormOk("office", openTask(key, TASK_REVIEW_EXTENSION), Map.of("extensionDecision", "REFUSED"));
        assertThat(load(key).getReplyDue()).isEqualTo(granted);

        // past the extended date: supervision, the case marked overdue, the lead still replies late
        moveClockTo(at(2026, 8, 30, 9));
        executeDueJobs();
        assertThat(load(key).isOverdue()).isFalse();
        moveClockTo(at(2026, 9, 1, 1));
        executeDueJobs();
        assertThat(load(key).isOverdue()).isTrue();
        Task supervise = openTask(key, TASK_SUPERVISE_OVERDUE);
        assertThat(taskService.getIdentityLinksForTask(supervise.getId()))
                .anyMatch(l -> "supervisors".equals(l.getGroupId()));
        submitFormOk("supervisor", supervise, Map.of("supervisionNote", "请十日内办复"));
        consultByPhone("jtj01", key);
        submitFormOk("jtj01", openTask(key, TASK_REPLY), Map.of("resultClass", "D", "replyText", "留作参考"));
        assertThat(load(key).getRepliedOnTime()).isFalse();
    }

    @Test
    void unsatisfiedTwiceKeepsBothRatingsAndEndsInSupervision() {
        String key = submitAs("d021", "关于工业园区安全生产培训的建议", List.of());
        admit(key, "hbj", List.of(), false);
        consultByPhone("hbj01", key);
        submitFormOk("hbj01", openTask(key, TASK_REPLY), Map.of("resultClass", "C", "resultReason", "资金不足",
                "replyText", "暂不能安排"));
        submitFormOk("d021", openTask(key, TASK_RATE), Map.of("rating", "UNSATISFIED", "ratingComment", "理由不充分"));
        assertThat(load(key).getStatus()).isEqualTo(SuggestionStatus.RE_HANDLING);
        submitFormOk("hbj01", openTask(key, TASK_REHANDLE), Map.of("resultClass", "D", "replyText", "再次研究后留作参考"));
        assertThat(load(key).getReplyCount()).isEqualTo(2);
        submitFormOk("d021", openTask(key, TASK_RATE), Map.of("rating", "UNSATISFIED"));
        submitFormOk("supervisor", openTask(key, TASK_SUPERVISE_UNSATISFIED), Map.of("supervisionNote", "已督办"));
        Suggestion s = load(key);
        assertThat(s.getFirstRating()).isEqualTo(Rating.UNSATISFIED);
        assertThat(s.getSecondRating()).isEqualTo(Rating.UNSATISFIED);
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.CLOSED);
    }

    @Test
    void aKeySuggestionReportsProgressToSupervisors() {
        moveClockTo(at(2026, 3, 2, 9));
        String key = submitAs("d022", "关于县医院急诊能力建设的建议", List.of());
        admit(key, "wjj", List.of(), true);
        assertThat(load(key).isKeySuggestion()).isTrue();
        moveClockTo(at(2026, 4, 3, 9));
        executeDueJobs();
        submitFormOk("wjj01", openTask(key, TASK_REPORT_KEY_PROGRESS), Map.of("keyProgress", "已完成方案论证"));
        submitFormOk("supervisor", openTask(key, TASK_SUPERVISE_KEY), Map.of("supervisionNote", "督办结束",
                "keySupervisionDone", true));
        assertThat(detail("supervisor", key).path("events").findValuesAsText("type")).contains("KEY_PROGRESS",
                "SUPERVISION");
    }
}
