package cn.deputylink.ledger;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request and answer shapes of the ledger API. */
public final class LedgerDtos {

    private LedgerDtos() {
    }

    public record RecordActivity(
            @NotNull(message = "请选择履职活动类型")
            ActivityType type,
            @NotNull(message = "请填写活动日期")
            LocalDate date,
            @Size(max = 40, message = "站点编码最长 40 位")
            String stationCode,
            @DecimalMin(value = "0.0", message = "时长不能为负数")
            @DecimalMax(value = "24.0", message = "一条记录的时长不能超过 24 小时")
            BigDecimal hours,
            @Size(max = 1000, message = "说明最长 1000 字")
            String note) {
    }

    public record RejectActivity(
            @NotBlank(message = "请说明不予确认的理由")
            @Size(max = 500, message = "理由最长 500 字")
            String reason) {
    }

    public record EntryView(long id, String deputyCode, LocalDate date, ActivityType type, String typeLabel,
                            String stationCode, String stationName, BigDecimal hours, String note, String recordedBy,
                            String source, boolean selfReported, boolean confirmed, boolean rejected,
                            String rejectedReason, String confirmedBy, String status) {

        static EntryView of(ActivityRecord r) {
            return new EntryView(r.getId(), r.getDeputy().getCode(), r.getActivityDate(), r.getType(),
                    r.getType().label(), r.getStation() == null ? null : r.getStation().getCode(),
                    r.getStation() == null ? null : r.getStation().getName(), r.getHours(), r.getNote(),
                    r.getRecordedBy(), source(r), r.isSelfReported(), r.isConfirmed(), r.isRejected(),
                    r.getRejectedReason(), r.getConfirmedBy(), status(r));
        }

        static String source(ActivityRecord r) {
            if (ActivityLedger.SYSTEM.equals(r.getRecordedBy())) {
                return "系统记录";
            }
            return r.isSelfReported() ? "代表自报" : "工作人员登记";
        }

        static String status(ActivityRecord r) {
            if (r.isRejected()) {
                return "未予确认";
            }
            return r.isConfirmed() ? "已确认" : "待确认";
        }
    }

    /** One line of the year's totals: entries that count, their hours, and self-reports still pending. */
    public record TypeTotal(ActivityType type, String label, long count, BigDecimal hours, long pending) {
    }

    public record LedgerView(String deputyCode, String deputyName, int year, long countedEntries,
                             List<TypeTotal> totals, List<EntryView> entries) {
    }
}
