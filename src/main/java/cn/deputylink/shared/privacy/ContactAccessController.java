package cn.deputylink.shared.privacy;

import cn.deputylink.shared.security.OfficeOrAdmin;
import cn.deputylink.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/privacy/contact-access")
@Tag(name = "个人信息保护", description = "群众联系方式查看记录、匿名化处理报告")
@OfficeOrAdmin
public class ContactAccessController {

    private final ContactAccessRepository log;

    public ContactAccessController(ContactAccessRepository log) {
        this.log = log;
    }

    public record ContactAccessView(long id, Instant at, String userId, String caseRef, String fields, String purpose,
                                    String endpoint) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "联系方式查看记录", description = "谁在何时因何查看了哪件意见中群众的姓名或电话（不含其内容）；"
            + "可按编号（caseRef）和用户（userId）筛选，最新的在前")
    public PageResponse<ContactAccessView> list(@RequestParam(required = false) String caseRef,
                                                @RequestParam(required = false) String userId,
                                                @RequestParam(defaultValue = "0") int page,
                                                @RequestParam(defaultValue = "50") int size) {
        PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by(Sort.Direction.DESC, "occurredAt", "id"));
        return PageResponse.of(log.search(blankToNull(caseRef), blankToNull(userId), pageable),
                a -> new ContactAccessView(a.getId(), a.getOccurredAt(), a.getUserId(), a.getCaseRef(),
                        a.getFieldNames(), a.getPurpose(), a.getEndpoint()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
