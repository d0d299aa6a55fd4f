package cn.deputylink.department;

import cn.deputylink.department.DepartmentService.DepartmentRequest;
import cn.deputylink.shared.geo.AdministrativeLevel;
import cn.deputylink.shared.security.OfficeOrAdmin;
import cn.deputylink.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
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
@RequestMapping("/api/departments")
@Tag(name = "承办单位", description = "政府部门及其 Camunda 用户组 dept-<编码>")
public class DepartmentController {

    private final DepartmentService service;
    private final DepartmentRepository repository;

    public DepartmentController(DepartmentService service, DepartmentRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    public record DepartmentView(String code, String name, AdministrativeLevel level, String levelLabel,
                                 String groupId, boolean active, List<String> members) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "查询承办单位")
    public PageResponse<DepartmentView> list(@RequestParam(required = false) AdministrativeLevel level,
                                             @RequestParam(required = false) String q,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(repository.search(level, q == null || q.isBlank() ? null : q.strip(),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("code"))),
                d -> view(d, false));
    }

    @GetMapping("/{code}")
    @Transactional(readOnly = true)
    @Operation(summary = "承办单位详情（含成员账号）")
    public DepartmentView get(@PathVariable String code) {
        return view(service.get(code), true);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @OfficeOrAdmin
    @Operation(summary = "新建承办单位", description = "同时创建 Camunda 用户组 dept-<编码>")
    public DepartmentView create(@Valid @RequestBody DepartmentRequest request) {
        return view(service.create(request), true);
    }

    @PutMapping("/{code}")
    @OfficeOrAdmin
    @Operation(summary = "修改承办单位")
    public DepartmentView update(@PathVariable String code, @Valid @RequestBody DepartmentRequest request) {
        return view(service.update(code, request), true);
    }

    private DepartmentView view(Department d, boolean withMembers) {
        return new DepartmentView(d.getCode(), d.getName(), d.getLevel(), d.getLevel().label(), d.groupId(),
                d.isActive(), withMembers ? service.members(d) : null);
    }
}
