package cn.deputylink.opinion;

import cn.deputylink.shared.privacy.AnonymisationRun;
import cn.deputylink.shared.privacy.AnonymisationRunRepository;
import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.security.OfficeOrAdmin;
import cn.deputylink.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/privacy/anonymisation-runs")
@Tag(name = "个人信息保护", description = "群众联系方式查看记录、匿名化处理报告")
@OfficeOrAdmin
public class AnonymisationController {

    private final OpinionAnonymisation anonymisation;
    private final AnonymisationRunRepository runs;
    private final CurrentUser currentUser;

    public AnonymisationController(OpinionAnonymisation anonymisation, AnonymisationRunRepository runs,
                                   CurrentUser currentUser) {
        this.anonymisation = anonymisation;
        this.runs = runs;
        this.currentUser = currentUser;
    }

    public record RunView(long id, String trigger, String triggeredBy, String status, String retention,
                          Instant closedBefore, Instant startedAt, Instant finishedAt, int batches, int opinions,
                          int events, int feedback, int assignments, String message) {

        static RunView of(AnonymisationRun r) {
            return new RunView(r.getId(), r.getTrigger().name(), r.getTriggeredBy(), r.getStatus().name(),
                    r.getRetention(), r.getClosedBefore(), r.getStartedAt(), r.getFinishedAt(), r.getBatches(),
                    r.getOpinions(), r.getEvents(), r.getFeedback(), r.getAssignments(), r.getMessage());
        }
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "匿名化处理报告", description = "每次运行（定时或手动）处理的意见件数、时间线条数、评价条数和交办记录条数，最新的在前")
    public PageResponse<RunView> list(@RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
                Sort.by(Sort.Direction.DESC, "startedAt", "id"));
        return PageResponse.of(runs.findAll(pageable), RunView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "立即执行匿名化", description = "对办结超过保存期限的意见立即执行一次匿名化并返回报告；已处理的不会重复处理。"
            + "另一次运行尚未结束时返回 409")
    public RunView runNow() {
        return RunView.of(anonymisation.run(AnonymisationRun.Trigger.MANUAL, currentUser.require()));
    }
}
