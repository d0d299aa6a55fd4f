package cn.deputylink.vote.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** 人大验单 in public: how far a selected project has come and how the deputies rated it. */
@RestController
@Tag(name = "民生实事项目（公开）")
public class PublicProjectController {

    private final ProjectService projects;
    private final ProgressReportRepository reports;

    public PublicProjectController(ProjectService projects, ProgressReportRepository reports) {
        this.projects = projects;
        this.reports = reports;
    }

    public record PublicProject(String businessKey, String voteKey, String title, String area, String status,
                                String statusLabel, BigDecimal budget, LocalDate plannedCompletion,
                                Integer latestPercentComplete, Instant acceptedAt, Integer satisfied,
                                Integer basicallySatisfied, Integer unsatisfied, BigDecimal satisfactionRatePercent) {
    }

    @GetMapping("/api/public/projects/{key}")
    @Transactional(readOnly = true)
    @Operation(summary = "民生实事项目公开信息", description = "实施进度、验收和满意度测评结果")
    public PublicProject project(@PathVariable String key) {
        LivelihoodProject p = projects.get(key);
        Integer latest = reports.findByProjectIdOrderByReportNoAsc(p.getId()).stream()
                .reduce((a, b) -> b).map(ProgressReport::getPercentComplete).orElse(null);
        boolean evaluated = p.getEvaluationPublishedAt() != null;
        return new PublicProject(p.getBusinessKey(), p.getVote().getBusinessKey(), p.getTitle(), p.getArea(),
                p.getStatus().name(), p.getStatus().label(), p.getBudget(), p.getPlannedCompletion(), latest,
                p.getAcceptedAt(), evaluated ? p.getSatisfied() : null, evaluated ? p.getBasicallySatisfied() : null,
                evaluated ? p.getUnsatisfied() : null, evaluated ? p.satisfactionRate() : null);
    }
}
