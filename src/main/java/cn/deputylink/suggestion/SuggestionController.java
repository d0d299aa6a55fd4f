package cn.deputylink.suggestion;

import cn.deputylink.shared.export.XlsxExport;
import cn.deputylink.shared.idempotency.Idempotency;
import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.PageResponse;
import cn.deputylink.suggestion.SuggestionDtos.ExtensionRequest;
import cn.deputylink.suggestion.SuggestionDtos.StatsReport;
import cn.deputylink.suggestion.SuggestionDtos.SubmitRequest;
import cn.deputylink.suggestion.SuggestionDtos.SuggestionSummary;
import cn.deputylink.suggestion.SuggestionDtos.SuggestionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/suggestions")
@Tag(name = "代表建议", description = "代表建议的提出、查询、延期申请和办理统计；审核、交办、办复、评价在 Tasklist 中办理")
public class SuggestionController {

    private static final String KEY_PATTERN = "^JY-\\d{4}-\\d{4,}$";

    private final SuggestionService service;
    private final SuggestionStats stats;
    private final Idempotency idempotency;
    private final CurrentUser currentUser;

    public SuggestionController(SuggestionService service, SuggestionStats stats, Idempotency idempotency,
                                CurrentUser currentUser) {
        this.service = service;
        this.stats = stats;
        this.idempotency = idempotency;
        this.currentUser = currentUser;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "代表提出建议", description = "单独或联名（coSignerCodes 为联名代表编码）提出；可带 Idempotency-Key 防止重复提交")
    public SuggestionView submit(@Valid @RequestBody SubmitRequest request,
                                 @RequestHeader(value = Idempotency.HEADER, required = false) String idempotencyKey) {
        String userId = currentUser.require();
        String key = idempotency.run("suggestion-submit:" + userId, idempotencyKey, request,
                () -> service.submit(userId, request));
        return service.view(key);
    }

    @GetMapping
    @Operation(summary = "我能看到的代表建议", description = "代表看到本人领衔或联名的；承办单位看到交办本单位的；代表工委、督办领导看到全部")
    public PageResponse<SuggestionSummary> list(@RequestParam(required = false) Integer year,
                                                @RequestParam(required = false) SuggestionStatus status,
                                                @RequestParam(defaultValue = "0") int page,
                                                @RequestParam(defaultValue = "20") int size) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInputException("year", "年份应在 2000 至 2100 之间");
        }
        if (page < 0) {
            throw new InvalidInputException("page", "页码不能小于 0");
        }
        if (size < 1 || size > 200) {
            throw new InvalidInputException("size", "每页条数应在 1 至 200 之间");
        }
        return PageResponse.of(service.list(year, status,
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "submittedAt"))), s -> s);
    }

    @GetMapping("/{key}")
    @Operation(summary = "建议详情与办理过程")
    public SuggestionView get(@PathVariable String key) {
        return service.view(checkKey(key));
    }

    @PostMapping("/{key}/extension-requests")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "主办单位申请延期", description = "说明理由，可提出希望的办复期限（最长交办之日起六个月）；由代表工委审批")
    public SuggestionView requestExtension(@PathVariable String key, @Valid @RequestBody ExtensionRequest request) {
        service.requestExtension(checkKey(key), request);
        return service.view(key);
    }

    @GetMapping("/stats")
    @Operation(summary = "办理情况统计", description = "按主办单位和合计：交办、办复、按期办复率、面商率、问题解决率、满意率（均含分子分母）")
    public StatsReport stats(@RequestParam(required = false) Integer year,
                             @RequestParam(required = false) String department) {
        return stats.compute(checkYear(year), scope(department));
    }

    @GetMapping("/stats.xlsx")
    @Operation(summary = "导出办理情况统计（Excel）")
    public ResponseEntity<byte[]> statsExport(@RequestParam(required = false) Integer year,
                                              @RequestParam(required = false) String department) {
        StatsReport report = stats.compute(checkYear(year), scope(department));
        byte[] body = XlsxExport.table(report.year() + "年代表建议办理情况", SuggestionStats.headers(),
                SuggestionStats.rows(report));
        return XlsxExport.download(report.year() + "年代表建议办理情况统计.xlsx", body);
    }

    private static String checkKey(String key) {
        if (!key.matches(KEY_PATTERN)) {
            throw new InvalidInputException("key", "建议编号格式应为 JY-年份-序号，如 JY-2026-0042");
        }
        return key;
    }

    private static int checkYear(Integer year) {
        if (year == null) {
            return ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "年份应在 2000 至 2100 之间");
        }
        return year;
    }

    /** The office and supervisors see any department; a department only itself; others nothing. */
    private String scope(String department) {
        String wanted = department == null || department.isBlank() ? null : department.strip();
        if (wanted != null && !wanted.matches("^[a-z0-9]{2,40}$")) {
            throw new InvalidInputException("department", "单位编码只能由 2 至 40 位小写字母或数字组成");
        }
        if (service.seesAll()) {
            return wanted;
        }
        List<String> mine = currentUser.departmentCodes();
        if (mine.isEmpty()) {
            throw new ForbiddenException("只有代表工委、督办领导和承办单位可以查看办理统计");
        }
        if (wanted == null) {
            return mine.get(0);
        }
        if (!mine.contains(wanted)) {
            throw new ForbiddenException("只能查看本单位的办理统计");
        }
        return wanted;
    }
}
