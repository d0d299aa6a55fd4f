package cn.deputylink.registry;

import cn.deputylink.registry.account.AccountKind;
import cn.deputylink.registry.account.AccountService;
import cn.deputylink.registry.account.AccountService.AccountResult;
import cn.deputylink.registry.links.ContactMethod;
import cn.deputylink.registry.links.CoverageService;
import cn.deputylink.registry.links.CoverageService.Coverage;
import cn.deputylink.registry.links.TwoLinksService;
import cn.deputylink.registry.links.TwoLinksService.ContactRequest;
import cn.deputylink.registry.links.TwoLinksService.ContactView;
import cn.deputylink.registry.links.TwoLinksService.HouseholdView;
import cn.deputylink.registry.term.TermService;
import cn.deputylink.shared.security.OfficeOrAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The registry's API beside its pages: the same services, for the deputy's phone and the dashboard. */
@RestController
@Tag(name = "两个联系与账号", description = "代表联系群众、常委会组成人员联系代表、联系覆盖率、账号")
public class RegistryApiController {

    private final TwoLinksService links;
    private final CoverageService coverage;
    private final AccountService accounts;
    private final TermService terms;

    public RegistryApiController(TwoLinksService links, CoverageService coverage, AccountService accounts,
                                 TermService terms) {
        this.links = links;
        this.coverage = coverage;
        this.accounts = accounts;
        this.terms = terms;
    }

    public record ContactBody(@NotNull(message = "请选择联系方式（VISIT 走访、PHONE 电话、MEETING 座谈）") ContactMethod method,
                              @NotNull(message = "请填写联系日期") LocalDate date,
                              @Size(max = 1000, message = "情况说明最长 1000 字") String note) {
    }

    @GetMapping("/api/links/my-households")
    @PreAuthorize("hasAuthority('GROUP_deputies')")
    @Operation(summary = "我联系的群众（代表本人）", description = "户主姓名和电话脱敏显示")
    public List<HouseholdView> myHouseholds() {
        return links.myHouseholds();
    }

    @PostMapping("/api/links/my-households/{id}/contacts")
    @PreAuthorize("hasAuthority('GROUP_deputies')")
    @Operation(summary = "登记联系记录（代表本人）",
            description = "走访、电话、座谈；记入本人履职档案“走访联系户”，待站点工作人员确认")
    public ResponseEntity<ContactView> logMine(@PathVariable long id,
                                               @jakarta.validation.Valid @RequestBody ContactBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(links.logMyContact(id, new ContactRequest(body.method(), body.date(), body.note())));
    }

    @PostMapping("/api/links/households/{id}/contacts")
    @PreAuthorize("hasAnyAuthority('GROUP_liaison-office', 'GROUP_camunda-admin', 'GROUP_liaison-staff')")
    @Operation(summary = "登记联系记录（工作人员）", description = "记入代表履职档案“走访联系户”")
    public ResponseEntity<ContactView> log(@PathVariable long id,
                                           @jakarta.validation.Valid @RequestBody ContactBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(links.logContact(id, new ContactRequest(body.method(), body.date(), body.note())));
    }

    @GetMapping("/api/links/coverage")
    @PreAuthorize("hasAnyAuthority('GROUP_liaison-office', 'GROUP_camunda-admin', 'GROUP_supervisors')")
    @Operation(summary = "联系群众覆盖率（按乡镇）", description = "联系户数、联系代表数、本季度已联系户数及比例；date 为季度内任一天，默认今天")
    public Coverage coverage(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return coverage.coverage(date);
    }

    public record AccountBody(String kind, String targetCode, String userId, String name) {
    }

    @PostMapping("/api/registry/accounts")
    @OfficeOrAdmin
    @Operation(summary = "创建或关联账号", description = "kind: DEPUTY / STATION_STAFF / DEPARTMENT；新账号的随机初始密码只在本次应答中出现")
    public ResponseEntity<AccountResult> account(@RequestBody AccountBody body) {
        AccountResult result = accounts.createOrLink(AccountKind.parse(body.kind()), body.targetCode(), body.userId(),
                body.name());
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .cacheControl(CacheControl.noStore()).body(result);
    }

    @PostMapping("/api/registry/accounts/{userId}/deactivate")
    @OfficeOrAdmin
    @Operation(summary = "停用账号", description = "移出全部用户组，交回其待办任务")
    public AccountService.Deactivation deactivate(@PathVariable String userId,
                                                  @RequestParam(required = false) String reason) {
        return accounts.deactivate(userId, reason);
    }

    public record LeaveBody(LocalDate date, String reason) {
    }

    @PostMapping("/api/deputies/{code}/leave")
    @OfficeOrAdmin
    @Operation(summary = "代表离任", description = "结束任期，停用代表与账号（记录、履职档案保留），交回其待办任务")
    public ResponseEntity<Void> leave(@PathVariable String code, @RequestBody(required = false) LeaveBody body) {
        terms.leave(code, body == null || body.date() == null ? LocalDate.now() : body.date(),
                body == null ? null : body.reason());
        return ResponseEntity.noContent().build();
    }
}
