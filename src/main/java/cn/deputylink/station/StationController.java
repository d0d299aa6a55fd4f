package cn.deputylink.station;

import cn.deputylink.shared.security.OfficeOrAdmin;
import cn.deputylink.shared.web.PageResponse;
import cn.deputylink.station.StationDtos.CreateStation;
import cn.deputylink.station.StationDtos.StationView;
import cn.deputylink.station.StationDtos.UpdateStation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/stations")
@Tag(name = "家站室", description = "代表之家、代表联络站、代表联络室的登记与维护")
public class StationController {

    private final StationService service;
    private final StationRepository repository;

    public StationController(StationService service, StationRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "查询站点", description = "按类型、上级站点、名称或编码筛选，分页返回")
    public PageResponse<StationView> list(@RequestParam(required = false) StationTier tier,
                                          @RequestParam(required = false) String parentCode,
                                          @RequestParam(required = false) String q,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(repository.search(tier, blankToNull(parentCode), blankToNull(q),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("code"))),
                StationView::of);
    }

    @GetMapping("/{code}")
    @Transactional(readOnly = true)
    @Operation(summary = "站点详情")
    public StationView get(@PathVariable String code) {
        return StationView.of(service.get(code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @OfficeOrAdmin
    @Operation(summary = "新建站点", description = "同时创建 Camunda 用户组 station-<编码>，成员为站点工作人员")
    public StationView create(@Valid @RequestBody CreateStation request) {
        return StationView.of(service.create(request));
    }

    @PutMapping("/{code}")
    @OfficeOrAdmin
    @Operation(summary = "修改站点", description = "名称、上级、地址、开放时间、工作人员；编码和类型不可修改")
    public StationView update(@PathVariable String code, @Valid @RequestBody UpdateStation request) {
        return StationView.of(service.update(code, request));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
