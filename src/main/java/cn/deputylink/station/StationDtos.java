package cn.deputylink.station;

import cn.deputylink.shared.geo.AdministrativeLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Request and answer shapes of {@code /api/stations}. */
public final class StationDtos {

    private StationDtos() {
    }

    public record CreateStation(
            @NotBlank(message = "站点编码不能为空")
            @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$|^[a-z0-9]$",
                    message = "站点编码只能由小写字母、数字和连字符组成，最长 40 位")
            String code,
            @NotBlank(message = "站点名称不能为空")
            @Size(max = 200, message = "站点名称最长 200 字")
            String name,
            @NotNull(message = "请选择站点类型（HOME 代表之家、STATION 代表联络站、ROOM 代表联络室）")
            StationTier tier,
            @NotNull(message = "请选择行政层级")
            AdministrativeLevel administrativeLevel,
            @Size(max = 40, message = "上级站点编码最长 40 位")
            String parentCode,
            @Size(max = 300, message = "地址最长 300 字")
            String address,
            @Size(max = 200, message = "开放时间最长 200 字")
            String openHours,
            List<@NotBlank(message = "工作人员账号不能为空") String> staff) {
    }

    public record UpdateStation(
            @NotBlank(message = "站点名称不能为空")
            @Size(max = 200, message = "站点名称最长 200 字")
            String name,
            @Size(max = 40, message = "上级站点编码最长 40 位")
            String parentCode,
            @Size(max = 300, message = "地址最长 300 字")
            String address,
            @Size(max = 200, message = "开放时间最长 200 字")
            String openHours,
            List<@NotBlank(message = "工作人员账号不能为空") String> staff,
            Boolean active) {
    }

    public record StationView(String code, String name, StationTier tier, String tierLabel,
                              AdministrativeLevel administrativeLevel, String administrativeLevelLabel,
                              String parentCode, String parentName, String address, String openHours,
                              List<String> staff, String groupId, boolean active, Instant updatedAt) {

        static StationView of(LiaisonStation s) {
            LiaisonStation p = s.getParent();
            return new StationView(s.getCode(), s.getName(), s.getTier(), s.getTier().label(),
                    s.getAdministrativeLevel(), s.getAdministrativeLevel().label(),
                    p == null ? null : p.getCode(), p == null ? null : p.getName(),
                    s.getAddress(), s.getOpenHours(), s.getStaffUserIds().stream().sorted().toList(),
                    s.groupId(), s.isActive(), s.getUpdatedAt());
        }
    }
}
