package cn.deputylink.deputy;

import cn.deputylink.deputy.DeputyDtos.DeputyRequest;
import cn.deputylink.deputy.DeputyDtos.DeputyView;
import cn.deputylink.shared.security.OfficeOrAdmin;
import cn.deputylink.shared.web.PageResponse;
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
@RequestMapping("/api/deputies")
@Tag(name = "人大代表", description = "代表信息、层级、所进站点、代表小组")
public class DeputyController {

    private final DeputyService service;
    private final DeputyRepository repository;

    public DeputyController(DeputyService service, DeputyRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "查询代表", description = "按代表小组、站点、层级、姓名或编码筛选，分页返回")
    public PageResponse<DeputyView> list(@RequestParam(required = false) String group,
                                         @RequestParam(required = false) String station,
                                         @RequestParam(required = false) CongressLevel level,
                                         @RequestParam(required = false) String q,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(repository.search(blank(group), blank(station), level, blank(q),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("code"))),
                DeputyView::of);
    }

    @GetMapping("/{code}")
    @Transactional(readOnly = true)
    @Operation(summary = "代表详情")
    public DeputyView get(@PathVariable String code) {
        return DeputyView.of(service.get(code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @OfficeOrAdmin
    @Transactional
    @Operation(summary = "登记代表", description = "自动生成二维码用的随机公开标识；绑定登录账号后加入 deputies 用户组")
    public DeputyView create(@Valid @RequestBody DeputyRequest request) {
        return DeputyView.of(service.create(request));
    }

    @PutMapping("/{code}")
    @OfficeOrAdmin
    @Transactional
    @Operation(summary = "修改代表信息")
    public DeputyView update(@PathVariable String code, @Valid @RequestBody DeputyRequest request) {
        return DeputyView.of(service.update(code, request));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
