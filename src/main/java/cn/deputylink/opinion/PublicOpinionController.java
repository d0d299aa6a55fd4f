package cn.deputylink.opinion;

import cn.deputylink.opinion.OpinionDtos.Created;
import cn.deputylink.opinion.OpinionDtos.FeedbackAccepted;
import cn.deputylink.opinion.OpinionDtos.FeedbackRequest;
import cn.deputylink.opinion.OpinionDtos.PublicOpinionRequest;
import cn.deputylink.opinion.OpinionDtos.TrackingView;
import cn.deputylink.shared.ratelimit.PublicLimits;
import cn.deputylink.shared.idempotency.Idempotency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/public/opinions")
@Tag(name = "群众意见（公开）", description = "群众提交意见、凭编号查询进展和评价答复，无需登录")
public class PublicOpinionController {

    /** The 6-digit 查询码 as a request header (the private link carries its token as {@code ?k=}). */
    public static final String ACCESS_CODE_HEADER = "X-Access-Code";

    private final OpinionIntake intake;
    private final OpinionTracking tracking;
    private final PublicLimits limits;

    public PublicOpinionController(OpinionIntake intake, OpinionTracking tracking, PublicLimits limits) {
        this.intake = intake;
        this.tracking = tracking;
        this.limits = limits;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交意见", description = "指定站点编码（stationCode）或扫描代表二维码（deputyToken）。"
            + "返回查询编号、6 位查询码（accessCode）和专属链接（privateLink），只显示这一次，请群众妥善保存；"
            + "带 Idempotency-Key 请求头重试时返回同一查询编号和新的查询码（旧的作废）")
    public Created submit(@Valid @RequestBody PublicOpinionRequest request,
                          @RequestHeader(name = Idempotency.HEADER, required = false) String idempotencyKey) {
        if (request.deputyToken() != null) {
            limits.write(PublicLimits.DEPUTY_TOKEN, request.deputyToken());
        }
        return intake.submitPublic(request, idempotencyKey);
    }

    @GetMapping("/{trackingCode}")
    @Operation(summary = "查询办理进展", description = "凭查询编号返回状态和办理过程；另附查询码（X-Access-Code 请求头）"
            + "或专属链接中的 k 参数时同时返回答复内容。查询码错误过多（每个编号每小时 5 次）返回 429")
    public TrackingView track(@PathVariable String trackingCode,
                              @RequestParam(name = "k", required = false) String token,
                              @RequestHeader(name = ACCESS_CODE_HEADER, required = false) String accessCode) {
        return tracking.open(trackingCode, secret(token, accessCode));
    }

    @PostMapping("/{trackingCode}/feedback")
    @Operation(summary = "评价答复", description = "需查询码（X-Access-Code 请求头）或专属链接的 k 参数；"
            + "满意 SATISFIED、基本满意 BASICALLY_SATISFIED、不满意 UNSATISFIED；"
            + "缺少查询码 400，查询码错误 403，不在待评价环节或已评价 409")
    public FeedbackAccepted feedback(@PathVariable String trackingCode,
                                     @RequestParam(name = "k", required = false) String token,
                                     @RequestHeader(name = ACCESS_CODE_HEADER, required = false) String accessCode,
                                     @Valid @RequestBody FeedbackRequest request) {
        return tracking.rate(trackingCode, secret(token, accessCode), request.rating(), request.comment());
    }

    private static String secret(String token, String accessCode) {
        return token != null && !token.isBlank() ? token : accessCode;
    }
}
