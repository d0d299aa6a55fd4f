package cn.deputylink.deputy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Request and answer shapes of {@code /api/deputies} and {@code /api/deputy-groups}. */
public final class DeputyDtos {

    private DeputyDtos() {
    }

    public record DeputyRequest(
            @NotBlank(message = "代表编码不能为空")
            @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9-]{0,39}$", message = "代表编码只能由字母、数字和连字符组成，最长 40 位")
            String code,
            @NotBlank(message = "代表姓名不能为空")
            @Size(max = 50, message = "代表姓名最长 50 字")
            String name,
            @NotEmpty(message = "请至少选择一个代表层级")
            Set<@NotNull(message = "代表层级不能为空") CongressLevel> levels,
            @NotBlank(message = "原选区（选举单位）不能为空")
            @Size(max = 200, message = "原选区（选举单位）最长 200 字")
            String constituency,
            List<@NotBlank(message = "站点编码不能为空") String> stationCodes,
            @Size(max = 40, message = "代表小组编码最长 40 位")
            String groupCode,
            @Size(max = 100, message = "专业领域最长 100 字")
            String specialty,
            @Size(max = 200, message = "工作单位最长 200 字")
            String workUnit,
            @NotBlank(message = "届次不能为空")
            @Size(max = 100, message = "届次最长 100 字")
            String term,
            @Min(value = 0, message = "联系群众户数不能为负数")
            @Max(value = 10000, message = "联系群众户数不能超过 10000")
            Integer householdsLinked,
            @Size(max = 64, message = "登录账号最长 64 位")
            String userId) {
    }

    public record DeputyView(String code, String name, List<CongressLevel> levels, List<String> levelLabels,
                             String constituency, List<StationRef> stations, String groupCode, String groupName,
                             String specialty, String workUnit, String term, String publicToken,
                             int householdsLinked, String userId, boolean active) {

        static DeputyView of(Deputy d) {
            List<CongressLevel> levels = d.getLevels().stream().sorted().toList();
            return new DeputyView(d.getCode(), d.getName(), levels,
                    levels.stream().map(CongressLevel::label).toList(), d.getConstituency(),
                    d.getStations().stream().sorted(Comparator.comparing(s -> s.getCode()))
                            .map(s -> new StationRef(s.getCode(), s.getName())).toList(),
                    d.getGroup() == null ? null : d.getGroup().getCode(),
                    d.getGroup() == null ? null : d.getGroup().getName(),
                    d.getSpecialty(), d.getWorkUnit(), d.getTerm(), d.getPublicToken(), d.getHouseholdsLinked(),
                    d.getUserId(), d.isActive());
        }
    }

    public record StationRef(String code, String name) {
    }

    /** What anyone scanning the deputy's QR code sees: no ids, no account, no contact data. */
    public record PublicDeputyCard(String name, List<String> levels, List<String> stations, String groupName,
                                   String specialty, String term) {

        static PublicDeputyCard of(Deputy d) {
            return new PublicDeputyCard(d.getName(),
                    d.getLevels().stream().sorted().map(CongressLevel::label).toList(),
                    d.getStations().stream().map(s -> s.getName()).sorted().toList(),
                    d.getGroup() == null ? null : d.getGroup().getName(), d.getSpecialty(), d.getTerm());
        }
    }

    public record GroupRequest(
            @NotBlank(message = "代表小组编码不能为空")
            @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9-]{0,39}$", message = "代表小组编码只能由字母、数字和连字符组成，最长 40 位")
            String code,
            @NotBlank(message = "代表小组名称不能为空")
            @Size(max = 100, message = "代表小组名称最长 100 字")
            String name,
            @Size(max = 40, message = "站点编码最长 40 位")
            String stationCode,
            @Size(max = 100, message = "专业领域最长 100 字")
            String specialty) {
    }

    public record GroupView(String code, String name, String stationCode, String stationName, String specialty,
                            long members) {
    }
}
