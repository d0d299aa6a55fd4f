package cn.deputylink.suggestion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Requests and answers of {@code /api/suggestions}. */
public final class SuggestionDtos {

    private SuggestionDtos() {
    }

    public record SubmitRequest(
            @NotBlank(message = "建议标题不能为空")
            @Size(max = 200, message = "建议标题最长 200 字")
            String title,
            @NotBlank(message = "建议内容不能为空")
            @Size(max = 5000, message = "建议内容最长 5000 字")
            String content,
            @NotNull(message = "请选择提出时间（大会期间或闭会期间）")
            RaisedDuring raisedDuring,
            @Size(max = 60, message = "所属领域最长 60 字")
            String category,
            @Size(max = 50, message = "联名代表最多 50 人")
            List<@NotBlank(message = "联名代表编码不能为空")
                 @Pattern(regexp = "^[A-Za-z0-9_-]{1,40}$", message = "联名代表编码格式不正确") String> coSignerCodes) {
    }

    public record ExtensionRequest(
            @NotBlank(message = "请说明延期理由")
            @Size(max = 500, message = "延期理由最长 500 字")
            String reason,
            LocalDate requestedDueDate) {
    }

    public record SignerView(String deputyCode, String name, boolean leadSigner) {
    }

    public record DepartmentView(String code, String name, HandlingRole role, String roleLabel, String opinion,
                                 Instant opinionAt) {
    }

    public record EventView(SuggestionEventType type, String typeLabel, String actor, String departmentCode,
                            String note, Instant at) {
    }

    public record ExtensionView(Long id, String reason, LocalDate requestedDueDate, String requestedBy,
                                Instant requestedAt, ExtensionDecision decision, String decisionLabel,
                                String decisionComment, Instant grantedDue) {
    }

    public record SuggestionSummary(String businessKey, String title, SuggestionStatus status, String statusLabel,
                                    RaisedDuring raisedDuring, String leadDeputyCode, String leadDeputyName,
                                    int signerCount, String leadDepartment, boolean keySuggestion, boolean overdue,
                                    Instant submittedAt, Instant replyDue, ResultClass resultClass) {
    }

    public record SuggestionView(String businessKey, String title, String content, String category,
                                 SuggestionStatus status, String statusLabel, RaisedDuring raisedDuring,
                                 String raisedDuringLabel, int submissionYear, List<SignerView> signers,
                                 String opinionTrackingCode, String admissionComment, String leadDepartment,
                                 List<DepartmentView> departments, boolean keySuggestion, Instant assignedAt,
                                 Instant replyDue, boolean extended, boolean overdue, boolean transferred,
                                 String transferReason, ConsultationMethod consultationMethod,
                                 LocalDate consultationDate, String consultationSummary, boolean consultationWaived,
                                 ResultClass resultClass, String resultClassLabel, String replyText,
                                 String resultReason, LocalDate promisedDate, Instant firstRepliedAt,
                                 Boolean repliedOnTime, int replyCount, Rating firstRating, Rating secondRating,
                                 String ratingComment, boolean resolved, Instant closedAt,
                                 List<ExtensionView> extensions, List<EventView> events) {
    }

    /** A rate with what it is made of, so the office can show "1,620 / 1,704". */
    public record Rate(long numerator, long denominator, BigDecimal rate, String percent) {
    }

    public record StatsRow(String departmentCode, String departmentName, long assigned, long replied,
                           long repliedOnTime, long consulted, long resultA, long resultB, long resultC,
                           long resultD, long resolvedB, long overdue, long rated, long satisfied,
                           long basicallySatisfied, long unsatisfied, Rate onTimeReplyRate, Rate consultationRate,
                           Rate resolutionRate, Rate satisfactionRate) {
    }

    public record StatsReport(int year, String department, long submitted, long awaitingAdmission,
                              long convertedToLetter, long withdrawn, StatsRow overall, List<StatsRow> departments,
                              List<String> definitions) {
    }
}
