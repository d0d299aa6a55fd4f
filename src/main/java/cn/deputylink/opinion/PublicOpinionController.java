package cn.deputylink.opinion;

import cn.deputylink.opinion.OpinionDtos.Created;
import cn.deputylink.opinion.OpinionDtos.FeedbackAccepted;
import cn.deputylink.opinion.OpinionDtos.FeedbackRequest;
import cn.deputylink.opinion.OpinionDtos.PublicOpinionRequest;
import cn.deputylink.opinion.OpinionDtos.PublicTracking;
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

    private final OpinionIntake intake;
    private final OpinionQueries queries;

    public PublicOpinionController(OpinionIntake intake, OpinionQueries queries) {
        this.intake = intake;
        this.queries = queries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交意见", description = "指定站点编码（stationCode）或扫描代表二维码（deputyToken）；"
            + "带 Idempotency-Key 请求头重试时返回同一查询编号")
    public Created submit(@Valid @RequestBody PublicOpinionRequest request,
                          @RequestHeader(name = Idempotency.HEADER, required = false) String idempotencyKey) {
        return new Created(intake.submitPublic(request, idempotencyKey));
    }

    @GetMapping("/{trackingCode}")
    @Operation(summary = "查询办理进展", description = "返回状态和办理过程；提供手机号后四位（phone）时同时返回答复内容")
    public PublicTracking track(@PathVariable String trackingCode,
                                @RequestParam(name = "phone", required = false) String phone) {
        return queries.track(trackingCode, phone);
    }

    @PostMapping("/{trackingCode}/feedback")
    @Operation(summary = "评价答复", description = "满意 SATISFIED、基本满意 BASICALLY_SATISFIED、不满意 UNSATISFIED；"
            + "不在待评价环节时返回 409")
    public FeedbackAccepted feedback(@PathVariable String trackingCode, @Valid @RequestBody FeedbackRequest request) {
        return intake.rate(trackingCode, request, "WEB", "citizen");
    }
}
