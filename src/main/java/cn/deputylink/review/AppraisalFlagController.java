package cn.deputylink.review;

import cn.deputylink.review.AppraisalFlags.FlagView;
import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.security.OfficeOrAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@OfficeOrAdmin
@Tag(name = "履职评价", description = "网上评议异常核查")
public class AppraisalFlagController {

    private final AppraisalFlags flags;
    private final CurrentUser currentUser;

    public AppraisalFlagController(AppraisalFlags flags, CurrentUser currentUser) {
        this.flags = flags;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/reviews/appraisal-flags")
    @Operation(summary = "网上评议异常列表", description = "短时间内对同一代表或来自同一网络地址的评议过多时，此后的评议暂不计入并列于此；"
            + "status：OPEN（待核查）、ACCEPTED（已接受，计入）、REJECTED（已驳回，不计入），不填为全部")
    public List<FlagView> list(@RequestParam(required = false) AppraisalFlag.Status status) {
        return flags.list(status);
    }

    @PostMapping("/api/reviews/appraisal-flags/{id}/accept")
    @Operation(summary = "接受异常评议", description = "暂不计入的评议计入该代表的网上评议结果")
    public FlagView accept(@PathVariable long id) {
        return flags.decide(id, true, currentUser.require());
    }

    @PostMapping("/api/reviews/appraisal-flags/{id}/reject")
    @Operation(summary = "驳回异常评议", description = "暂不计入的评议不计入评议结果")
    public FlagView reject(@PathVariable long id) {
        return flags.decide(id, false, currentUser.require());
    }
}
