package cn.deputylink.opinion;

import cn.deputylink.shared.handover.LinkedCaseProgress;
import cn.deputylink.shared.web.FieldProblem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Request and answer shapes of the opinion API. Public answers carry no name or phone number. */
public final class OpinionDtos {

    private OpinionDtos() {
    }

    /** A citizen's submission from the public page or a deputy's / station's QR code. */
    public record PublicOpinionRequest(
            @Size(max = 40, message = "站点编码最长 40 位") String stationCode,
            @Size(max = 32, message = "代表二维码标识最长 32 位") String deputyToken,
            @NotBlank(message = "请填写意见内容")
            @Size(max = OpinionCases.TEXT_MAX, message = "意见内容最长 2000 字") String content,
            OpinionCategory category,
            @Size(max = 50, message = "姓名最长 50 字") String name,
            @Size(max = 20, message = "电话号码格式不正确") String phone,
            Boolean anonymous) {
    }

    /** A walk-in at a reception day or an opinion a deputy brought back from a visit, entered by staff. */
    public record StaffOpinionRequest(
            @NotBlank(message = "请选择站点") @Size(max = 40, message = "站点编码最长 40 位") String stationCode,
            @NotBlank(message = "请填写意见内容")
            @Size(max = OpinionCases.TEXT_MAX, message = "意见内容最长 2000 字") String content,
            OpinionCategory category,
            @Size(max = 50, message = "姓名最长 50 字") String name,
            @Size(max = 20, message = "电话号码格式不正确") String phone,
            Boolean anonymous,
            @Size(max = 40, message = "代表编号最长 40 位") String receivingDeputyCode,
            LocalDate receptionDate,
            OpinionChannel channel) {
    }

    public record FeedbackRequest(
            @NotNull(message = "请选择评价：SATISFIED（满意）、BASICALLY_SATISFIED（基本满意）或 UNSATISFIED（不满意）")
            Rating rating,
            @Size(max = 500, message = "评价意见最长 500 字") String comment) {
    }

    /**
     * A new case: the tracking code and the citizen's secret, shown this once — the 6-digit
     * 查询码 ({@code accessCode}) and the private link ({@code privateLink}, …/h5/o/{code}?k=…).
     */
    public record Created(String trackingCode, String accessCode, String privateLink) {
    }

    /** New secrets issued by staff for a citizen who lost them; the old ones stop working. */
    public record AccessReissued(String trackingCode, String accessCode, String privateLink) {
    }

    public record PublicEvent(Instant at, String type, String label, String text) {
    }

    public record LinkedSuggestion(String label, String suggestionKey, LinkedCaseProgress progress) {
    }

    /**
     * The tracking page: status and public timeline for anyone with the code; the reply
     * ({@code reply}) only when the 查询码 or the private link was given ({@code verified}).
     * {@code canRate}: verified, a reply waits for this citizen's rating and none was given yet.
     * {@code mergedInto}: the case this one was merged into (status, timeline and reply are that case's).
     */
    public record TrackingView(String trackingCode, String status, String statusLabel, boolean overdue,
                               String category, String categoryLabel, String stationName, String departmentName,
                               Instant receivedAt,
                               Instant replyDue, boolean awaitingFeedback, Instant feedbackDue, String mergedInto,
                               String outcome, String outcomeLabel, List<PublicEvent> timeline, String reply,
                               Instant repliedAt, boolean replyHidden, LinkedSuggestion suggestion,
                               boolean verified, boolean canRate) {
    }

    public record FeedbackAccepted(String trackingCode, String rating, String ratingLabel) {
    }

    public record StaffSummary(String trackingCode, String status, String statusLabel, boolean overdue,
                               String channel, String category, String stationCode, String stationName,
                               String triageStationCode, String departmentCode, String citizenName,
                               String citizenPhone, String excerpt, Instant receivedAt, Instant replyDue) {
    }

    public record StaffEvent(Instant at, String type, String label, String actor, String text, String note) {
    }

    public record StaffAssignment(String departmentCode, int round, Instant assignedAt, Instant dueAt,
                                  Instant repliedAt, boolean overdue, boolean returned, String returnReason) {
    }

    public record StaffFeedback(String rating, String ratingLabel, String comment, String channel,
                                String recordedBy, int round, Instant at) {
    }

    public record StaffDetail(StaffSummary summary, String content, boolean anonymous, String receivingDeputyCode,
                              LocalDate receptionDate, String externalRef, String route, String reply,
                              String rejectReason, String suggestionKey, String mergedInto, String outcome,
                              Instant closedAt, List<StaffEvent> timeline, List<StaffAssignment> assignments,
                              List<StaffFeedback> feedback) {
    }

    /** One imported hotline ticket with the secrets staff pass on to the caller (shown in this report only). */
    public record ImportRow(int row, String externalRef, String trackingCode, String accessCode, String privateLink) {
    }

    public record ImportReport(int imported, List<ImportRow> rows) {
    }

    /**
     * A background import as the caller polls it: {@code status} QUEUED → CHECKING → IMPORTING →
     * SUCCEEDED (with {@code rows}) or FAILED (with {@code problems} per row and column; nothing imported).
     */
    public record ImportStatus(String id, String status, String statusLabel, boolean finished, String fileName,
                               long fileSize, int rowsChecked, int rowsImported, int imported, List<ImportRow> rows,
                               int problemCount, List<FieldProblem> problems, String message, Instant createdAt,
                               Instant finishedAt) {
    }

    public record StationStats(String stationCode, String stationName, long received, long open, long closed,
                               long merged, long overdueOpen, long repliedOnTime, long repliedLate,
                               Map<String, Long> outcomes, Double satisfactionRate) {
    }

    public record DeputyStats(String deputyCode, String deputyName, long received, long closed) {
    }

    /** {@code satisfactionRate}: (satisfied + basically satisfied) / rated, over closed cases with a rating. */
    public record Stats(int year, String station, long received, long open, long closed, long merged,
                        long overdueOpen, long repliedOnTime, long repliedLate, Double onTimeRate,
                        Map<String, Long> outcomes, Double satisfactionRate, List<StationStats> byStation,
                        List<DeputyStats> byDeputy) {
    }
}
