package cn.deputylink.review;

import cn.deputylink.review.ReviewDtos.AppraisalCard;
import cn.deputylink.review.ReviewDtos.AppraisalReceipt;
import cn.deputylink.review.ReviewDtos.AppraisalRequest;
import cn.deputylink.review.ReviewDtos.NoticeEntry;
import cn.deputylink.review.ReviewDtos.ObjectionReceipt;
import cn.deputylink.review.ReviewDtos.ObjectionRequest;
import cn.deputylink.shared.ratelimit.PublicLimits;
import cn.deputylink.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "述职评议与评定公示（公开）", description = "选民扫码评议代表、查看评定公示、提出异议，无需登录")
public class PublicReviewController {

    private final PublicReviewService service;
    private final PublicLimits limits;

    public PublicReviewController(PublicReviewService service, PublicLimits limits) {
        this.service = service;
        this.limits = limits;
    }

    @GetMapping("/api/public/appraisals/{token}")
    @Operation(summary = "代表述职评议页", description = "评议链接（二维码）中的随机标识；含代表的述职报告")
    public AppraisalCard card(@PathVariable String token) {
        return service.card(token);
    }

    @PostMapping("/api/public/appraisals/{token}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交评议意见", description = "满意 / 基本满意 / 不满意；每个手机号码对每位代表只能评议一次，号码不以明文保存；"
            + "每个网络地址、每位代表的评议次数有上限，短时间内异常集中的评议暂不计入，由代表工委核查")
    public AppraisalReceipt appraise(@PathVariable String token, @Valid @RequestBody AppraisalRequest request,
                                     HttpServletRequest http) {
        String address = limits.clientAddress(http);
        limits.write(PublicLimits.APPRAISAL_ADDRESS, address);
        limits.write(PublicLimits.APPRAISAL_DEPUTY, token);
        return service.appraise(token, request, address);
    }

    @GetMapping("/api/public/review-notices")
    @Operation(summary = "履职评价结果公示")
    public PageResponse<NoticeEntry> notices(@RequestParam(required = false) Integer year,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "50") int size) {
        return service.notices(year, page, size);
    }

    @PostMapping("/api/public/review-notices/{key}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "对公示结果提出异议", description = "公示期内可提出，由代表工委核查处理")
    public ObjectionReceipt object(@PathVariable String key, @Valid @RequestBody ObjectionRequest request) {
        limits.write(PublicLimits.REVIEW_NOTICE, key);
        return service.object(key, request);
    }
}
