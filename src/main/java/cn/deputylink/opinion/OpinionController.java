package cn.deputylink.opinion;

import cn.deputylink.opinion.OpinionDtos.AccessReissued;
import cn.deputylink.opinion.OpinionDtos.Created;
import cn.deputylink.opinion.OpinionDtos.FeedbackAccepted;
import cn.deputylink.opinion.OpinionDtos.FeedbackRequest;
import cn.deputylink.opinion.OpinionDtos.ImportReport;
import cn.deputylink.opinion.OpinionDtos.StaffDetail;
import cn.deputylink.opinion.OpinionDtos.StaffOpinionRequest;
import cn.deputylink.opinion.OpinionDtos.StaffSummary;
import cn.deputylink.opinion.OpinionDtos.Stats;
import cn.deputylink.shared.idempotency.Idempotency;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/opinions")
@Tag(name = "群众意见（工作人员）", description = "接待选民日登记、12345 热线导入、意见列表与案卷、电话回访评价、统计")
public class OpinionController {

    private final OpinionIntake intake;
    private final HotlineImport hotline;
    private final OpinionQueries queries;
    private final OpinionAccess access;
    private final CurrentUser currentUser;
    private final OpinionTracking tracking;

    public OpinionController(OpinionIntake intake, HotlineImport hotline, OpinionQueries queries, OpinionAccess access,
                             CurrentUser currentUser, OpinionTracking tracking) {
        this.tracking = tracking;
        this.intake = intake;
        this.hotline = hotline;
        this.queries = queries;
        this.access = access;
        this.currentUser = currentUser;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记群众意见", description = "接待选民日（RECEPTION_DAY）或代表走访（DEPUTY_VISIT）收集的意见，"
            + "可记录接待代表（计入代表履职台账）")
    public Created register(@Valid @RequestBody StaffOpinionRequest request,
                            @RequestHeader(name = Idempotency.HEADER, required = false) String idempotencyKey) {
        return intake.submitByStaff(request, idempotencyKey, currentUser.require());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "导入 12345 热线工单", description = "UTF-8 CSV，表头：工单号,来电时间,站点编码,类别,内容,姓名,电话。"
            + "全部行无误才导入；否则返回 400 并逐行说明原因，一行也不导入")
    public ImportReport importHotline(@RequestPart("file") MultipartFile file) {
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "上传的文件为空");
        }
        try (InputStream in = file.getInputStream()) {
            List<HotlineImport.Row> rows = hotline.read(in);
            return intake.importRows(rows, currentUser.require());
        } catch (IOException e) {
            throw new InvalidInputException("file", "无法读取上传的文件");
        }
    }

    @GetMapping
    @Operation(summary = "群众意见列表", description = "姓名和电话已脱敏；站点工作人员只看到本站点的意见，承办单位只看到交办给本单位的意见")
    public PageResponse<StaffSummary> list(@RequestParam(required = false) OpinionStatus status,
                                           @RequestParam(required = false) String station,
                                           @RequestParam(required = false) String q,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "20") int size) {
        return queries.list(status, station, q, page, size);
    }

    @GetMapping("/stats")
    @Operation(summary = "办理统计", description = "按年度统计各站点收到、办结、超期、按期答复和满意情况，以及各代表收集的意见数")
    public Stats stats(@RequestParam(required = false) Integer year, @RequestParam(required = false) String station) {
        return queries.stats(year != null ? year : queries.currentYear(), station);
    }

    @GetMapping("/{trackingCode}")
    @Operation(summary = "意见案卷", description = "内容、办理过程（含内部说明）、交办记录和评价")
    public StaffDetail detail(@PathVariable String trackingCode) {
        return queries.detail(trackingCode);
    }

    @GetMapping("/{trackingCode}/duplicates")
    @Operation(summary = "相似意见", description = "本站点近期未办结的相似意见（查重）")
    public List<OpinionCases.DuplicateCandidate> duplicates(@PathVariable String trackingCode) {
        return queries.duplicates(trackingCode);
    }

    @PostMapping("/{trackingCode}/feedback")
    @Operation(summary = "记录电话回访评价", description = "研判站点（或受理站点）的工作人员、人大代表工委电话回访群众后代为记录评价"
            + "（渠道 PHONE，记录记录人）；不在待评价环节或已评价时返回 409")
    public FeedbackAccepted phoneFeedback(@PathVariable String trackingCode, @Valid @RequestBody FeedbackRequest request) {
        requireStationOrOffice(trackingCode);
        return tracking.recordPhoneRating(trackingCode, request.rating(), request.comment(), currentUser.require());
    }

    @PostMapping("/{trackingCode}/access")
    @Operation(summary = "重新生成查询码", description = "群众遗失查询码或专属链接时，核实身份后由站点工作人员重新生成；"
            + "旧的查询码和链接随即作废。新查询码只显示这一次")
    public AccessReissued reissueAccess(@PathVariable String trackingCode) {
        requireStationOrOffice(trackingCode);
        return tracking.reissue(trackingCode, currentUser.require());
    }

    /** The station staff that received or triaged the case, or the liaison office; others see 404. */
    private void requireStationOrOffice(String trackingCode) {
        StaffSummary c = queries.detail(trackingCode).summary();
        boolean office = currentUser.isAdmin() || currentUser.isIn(Roles.LIAISON_OFFICE);
        List<String> stations = currentUser.stationCodes();
        if (!office && !stations.contains(c.stationCode()) && !stations.contains(c.triageStationCode())) {
            throw new NotFoundException("群众意见不存在：" + trackingCode);
        }
    }
}
