package cn.deputylink.deputy;

import cn.deputylink.deputy.DeputyDtos.GroupRequest;
import cn.deputylink.deputy.DeputyDtos.GroupView;
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
@RequestMapping("/api/deputy-groups")
@Tag(name = "代表小组")
public class DeputyGroupController {

    private final DeputyService service;
    private final DeputyGroupRepository repository;

    public DeputyGroupController(DeputyService service, DeputyGroupRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "查询代表小组")
    public PageResponse<GroupView> list(@RequestParam(required = false) String q,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(repository.search(DeputyController.blank(q),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("code"))), this::view);
    }

    @GetMapping("/{code}")
    @Transactional(readOnly = true)
    @Operation(summary = "代表小组详情")
    public GroupView get(@PathVariable String code) {
        return view(service.getGroup(code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @OfficeOrAdmin
    @Transactional
    @Operation(summary = "新建代表小组")
    public GroupView create(@Valid @RequestBody GroupRequest request) {
        return view(service.createGroup(request));
    }

    @PutMapping("/{code}")
    @OfficeOrAdmin
    @Transactional
    @Operation(summary = "修改代表小组")
    public GroupView update(@PathVariable String code, @Valid @RequestBody GroupRequest request) {
        return view(service.updateGroup(code, request));
    }

    private GroupView view(DeputyGroup g) {
        return new GroupView(g.getCode(), g.getName(),
                g.getStation() == null ? null : g.getStation().getCode(),
                g.getStation() == null ? null : g.getStation().getName(),
                g.getSpecialty(), repository.countMembers(g));
    }
}
