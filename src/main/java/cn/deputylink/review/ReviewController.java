package cn.deputylink.review;

import cn.deputylink.review.ReviewDtos.BulkApproval;
import cn.deputylink.review.ReviewDtos.CampaignView;
import cn.deputylink.review.ReviewDtos.CommitteeRequest;
import cn.deputylink.review.ReviewDtos.DutyReportRequest;
import cn.deputylink.review.ReviewDtos.MeetingTallyRequest;
import cn.deputylink.review.ReviewDtos.ObjectionResolutionRequest;
import cn.deputylink.review.ReviewDtos.ObjectionView;
import cn.deputylink.review.ReviewDtos.ReviewDetail;
import cn.deputylink.review.ReviewDtos.ReviewSummary;
import cn.deputylink.review.ReviewDtos.StartCampaign;
import cn.deputylink.shared.export.XlsxExport;
import cn.deputylink.shared.security.OfficeOrAdmin;
import cn.deputylink.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "履职评价", description = "年度评议活动、代表述职、选民评议会、评议委员会审核、公示异议处理")
public class ReviewController {

    private final ReviewApiService api;

    public ReviewController(ReviewApiService api) {
        this.api = api;
    }

    @PostMapping("/api/reviews/campaigns")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @OfficeOrAdmin
    @Operation(summary = "发起年度履职评价",
            description = "按年度和代表层级（不填为全体代表）发起；代表评议在后台分批创建，进度见查询接口")
    public CampaignView start(@Valid @RequestBody StartCampaign request) {
        return api.startCampaign(request);
    }

    @GetMapping("/api/reviews/campaigns")
    @Operation(summary = "评议活动列表")
    public List<CampaignView> campaigns() {
        return api.campaigns();
    }

    @GetMapping("/api/reviews/campaigns/{key}")
    @Operation(summary = "评议活动进度", description = "已创建 / 应创建的代表评议数，各环节人数，已归档的等次分布")
    public CampaignView campaign(@PathVariable String key) {
        return api.campaign(key);
    }

    @GetMapping("/api/reviews/campaigns/{key}/reviews")
    @Operation(summary = "评议活动中的代表评议")
    public PageResponse<ReviewSummary> reviews(@PathVariable String key,
                                               @RequestParam(required = false) ReviewStatus status,
                                               @RequestParam(defaultValue = "0") int page,
                                               @RequestParam(defaultValue = "50") int size) {
        return api.reviewsOf(key, status, page, size);
    }

    @GetMapping("/api/reviews/campaigns/{key}/export")
    @Operation(summary = "导出评议结果（Excel）")
    public ResponseEntity<byte[]> export(@PathVariable String key) {
        ReviewApiService.Export export = api.exportCampaign(key);
        return XlsxExport.download(export.fileName(), export.bytes());
    }

    @PostMapping("/api/reviews/campaigns/{key}/committee-approvals")
    @OfficeOrAdmin
    @Operation(summary = "评议委员会批量审核（不调整分值）", description = "一次最多 1000 份，每份单独提交")
    public BulkApproval approveAll(@PathVariable String key, @RequestParam(defaultValue = "200") int limit) {
        return api.approveWithoutAdjustment(key, limit);
    }

    @PostMapping("/api/reviews/campaigns/{key}/close")
    @OfficeOrAdmin
    @Operation(summary = "结束本年度评议", description = "全部代表评议归档后方可结束；完成代表工委的“跟踪评议进度并结束本年度评议”任务")
    public CampaignView close(@PathVariable String key) {
        return api.closeCampaign(key);
    }

    @GetMapping("/api/reviews/{key}")
    @Operation(summary = "代表评议详情", description = "含积分明细、述职报告、选民评议、委员会审核和评定结果")
    public ReviewDetail review(@PathVariable String key) {
        return api.review(key);
    }

    @GetMapping("/api/deputies/{code}/reviews")
    @Operation(summary = "代表历年履职评价")
    public List<ReviewSummary> reviewsOfDeputy(@PathVariable String code) {
        return api.reviewsOfDeputy(code);
    }

    @PostMapping("/api/reviews/{key}/duty-report")
    @Operation(summary = "提交年度述职报告", description = "代表本人提交，完成“提交年度述职报告”任务")
    public ReviewDetail dutyReport(@PathVariable String key, @Valid @RequestBody DutyReportRequest request) {
        return api.submitDutyReport(key, request.text());
    }

    @PostMapping("/api/reviews/{key}/meeting-tally")
    @Operation(summary = "录入选民评议会结果", description = "代表联系站点的工作人员录入")
    public ReviewDetail meetingTally(@PathVariable String key, @Valid @RequestBody MeetingTallyRequest request) {
        return api.recordMeetingTally(key, request);
    }

    @PostMapping("/api/reviews/{key}/committee-review")
    @Operation(summary = "评议委员会审核", description = "可调整分值（须写明理由），完成后由评定规则给出等次并公示")
    public ReviewDetail committeeReview(@PathVariable String key, @Valid @RequestBody CommitteeRequest request) {
        return api.committeeReview(key, request);
    }

    @GetMapping("/api/reviews/{key}/objections")
    @Operation(summary = "公示异议", description = "异议人联系方式已脱敏")
    public List<ObjectionView> objections(@PathVariable String key) {
        return api.objections(key);
    }

    @PostMapping("/api/reviews/{key}/objections/{id}/resolution")
    @Operation(summary = "核查处理公示异议", description = "异议成立的，公示期满后重新提交评议委员会审核")
    public ObjectionView resolve(@PathVariable String key, @PathVariable long id,
                                 @Valid @RequestBody ObjectionResolutionRequest request) {
        return api.resolveObjection(key, id, request);
    }
}
