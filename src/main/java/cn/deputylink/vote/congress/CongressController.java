package cn.deputylink.vote.congress;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.shared.security.OfficeOrAdmin;
import cn.deputylink.vote.congress.CongressService.CongressRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/congresses")
@Tag(name = "人民代表大会", description = "票决民生实事项目的县、乡镇人民代表大会及其代表名单")
public class CongressController {

    private final CongressService service;
    private final CongressRepository repository;

    public CongressController(CongressService service, CongressRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    public record MemberRef(String code, String name) {
    }

    public record CongressView(String code, String name, CongressLevel level, String levelLabel,
                               MembershipMode membership, String membershipLabel, String regionStationCode,
                               String regionStationName, boolean active, int memberCount, List<MemberRef> members) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "人民代表大会列表")
    public List<CongressView> list() {
        return repository.findAllByOrderByCodeAsc().stream().map(c -> view(c, false)).toList();
    }

    @GetMapping("/{code}")
    @Transactional(readOnly = true)
    @Operation(summary = "人民代表大会详情（含代表名单）")
    public CongressView get(@PathVariable String code) {
        return view(service.get(code), true);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @OfficeOrAdmin
    @Transactional
    @Operation(summary = "登记人民代表大会", description = "代表名单按名单列出（EXPLICIT）或按层级和区域从代表库确定（DERIVED）")
    public CongressView create(@Valid @RequestBody CongressRequest request) {
        return view(service.create(request), true);
    }

    @PutMapping("/{code}")
    @OfficeOrAdmin
    @Transactional
    @Operation(summary = "修改人民代表大会")
    public CongressView update(@PathVariable String code, @Valid @RequestBody CongressRequest request) {
        return view(service.update(code, request), true);
    }

    private CongressView view(Congress c, boolean withMembers) {
        List<MemberRef> members = service.members(c).stream().map(d -> new MemberRef(d.getCode(), d.getName())).toList();
        return new CongressView(c.getCode(), c.getName(), c.getLevel(), c.getLevel().label(), c.getMembership(),
                c.getMembership().label(), c.getRegion() == null ? null : c.getRegion().getCode(),
                c.getRegion() == null ? null : c.getRegion().getName(), c.isActive(), members.size(),
                withMembers ? members : List.of());
    }
}
