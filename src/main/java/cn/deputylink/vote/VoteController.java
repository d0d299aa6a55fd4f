package cn.deputylink.vote;

import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.security.OfficeOrAdmin;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.PageResponse;
import cn.deputylink.vote.VoteViews.CandidateView;
import cn.deputylink.vote.VoteViews.ProposalView;
import cn.deputylink.vote.VoteViews.VoteSummary;
import cn.deputylink.vote.VoteViews.VoteView;
import cn.deputylink.vote.proposal.ProjectProposal;
import cn.deputylink.vote.proposal.ProjectProposalRepository;
import cn.deputylink.vote.proposal.ProposalService;
import cn.deputylink.vote.proposal.ScreeningDecision;
import cn.deputylink.vote.proposal.ProposalService.ProposalRequest;
import cn.deputylink.vote.proposal.ScreeningService;
import cn.deputylink.vote.proposal.ScreeningService.ScreeningRequest;
import cn.deputylink.vote.workflow.LivelihoodVoteProcess;
import cn.deputylink.vote.workflow.ProcessTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The year's vote from launch to the approved candidate list. {@code {id}} is the vote's id or
 * its business key ({@code PJ-2026-qs}).
 */
@RestController
@RequestMapping("/api/votes")
@Tag(name = "民生实事项目票决", description = "发起票决、征集、初定、审定、候选项目清单")
public class VoteController {

    private final VoteService votes;
    private final LivelihoodVoteRepository repository;
    private final ProposalService proposals;
    private final ProjectProposalRepository proposalRepository;
    private final ScreeningService screening;
    private final VoteCandidateRepository candidates;
    private final ProcessTasks tasks;
    private final CurrentUser currentUser;
    private final VoteResults results;
    private final TaskService taskService;

    public VoteController(VoteService votes, LivelihoodVoteRepository repository, ProposalService proposals,
                          ProjectProposalRepository proposalRepository, ScreeningService screening,
                          VoteCandidateRepository candidates,
                          ProcessTasks tasks, CurrentUser currentUser, VoteResults results,
                          TaskService taskService) {
        this.votes = votes;
        this.repository = repository;
        this.proposals = proposals;
        this.proposalRepository = proposalRepository;
        this.screening = screening;
        this.candidates = candidates;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.results = results;
        this.taskService = taskService;
    }

    public record ScreeningSubmission(
            @NotNull(message = "请选择初定结果：CANDIDATES_READY（提交候选项目清单）、EXTEND_COLLECTION（延长征集）或 RESCREEN（返回逐条修改）")
            Outcome outcome) {
        public enum Outcome { CANDIDATES_READY, EXTEND_COLLECTION, RESCREEN }
    }

    public record ApprovalSubmission(
            @NotNull(message = "请选择审定意见：APPROVE（同意）或 RETURN（退回重新初定）")
            VoteApproval.Decision decision,
            @Size(max = 1000, message = "审定意见最长 1000 字")
            String comment) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @OfficeOrAdmin
    @Transactional
    @Operation(summary = "发起年度民生实事项目票决", description = "每个人民代表大会每年一次；业务编号 PJ-<年度>-<人大编码>")
    public VoteView launch(@Valid @RequestBody VoteService.LaunchRequest request) {
        LivelihoodVote vote = votes.launch(request, currentUser.require());
        return VoteView.of(vote, List.of());
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "票决列表")
    public PageResponse<VoteSummary> list(@RequestParam(required = false) String congress,
                                          @RequestParam(required = false) Integer year,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(repository.search(blank(congress), year, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 100), Sort.by(Sort.Direction.DESC, "voteYear"))), VoteSummary::of);
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    @Operation(summary = "票决详情", description = "状态、征集期、会期、票决规则、审定记录和公布的结果")
    public VoteView get(@PathVariable String id) {
        LivelihoodVote vote = votes.get(id);
        return VoteView.of(vote, votes.approvals(vote.getId()));
    }

    @PutMapping("/{id}/rules")
    @OfficeOrAdmin
    @Transactional
    @Operation(summary = "修改票决规则", description = "投票开始后规则锁定，修改被拒绝（409）")
    public VoteView updateRules(@PathVariable String id, @Valid @RequestBody VoteService.RulesRequest request) {
        LivelihoodVote vote = votes.updateRules(id, request);
        return VoteView.of(vote, votes.approvals(vote.getId()));
    }

    @PostMapping("/{id}/collection/close")
    @OfficeOrAdmin
    @Transactional
    @Operation(summary = "提前截止征集", description = "征集截止时间改为现在，随即转入初定")
    public VoteView closeCollection(@PathVariable String id) {
        LivelihoodVote vote = votes.fireTimerNow(id, LivelihoodVoteProcess.TIMER_COLLECTION_CLOSES);
        return VoteView.of(vote, votes.approvals(vote.getId()));
    }

    @PostMapping("/{id}/session/open")
    @OfficeOrAdmin
    @Transactional
    @Operation(summary = "人代会开幕", description = "候选项目清单送达后，于开会时（或提前）进入会议议程：开启上年度项目满意度测评，登记出席")
    public VoteView openSession(@PathVariable String id) {
        LivelihoodVote vote = votes.fireTimerNow(id, LivelihoodVoteProcess.BOUNDARY_SESSION_OPENS);
        return VoteView.of(vote, votes.approvals(vote.getId()));
    }

    // ---- proposals

    @GetMapping("/{id}/proposals")
    @PreAuthorize(Access.OFFICES)
    @Transactional(readOnly = true)
    @Operation(summary = "征集到的项目建议", description = "群众姓名和电话隐去部分")
    public PageResponse<ProposalView> proposals(@PathVariable String id,
                                                @RequestParam(defaultValue = "0") int page,
                                                @RequestParam(defaultValue = "50") int size) {
        LivelihoodVote vote = votes.get(id);
        return PageResponse.of(proposalRepository.findByVoteId(vote.getId(), PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 200), Sort.by("id"))), ProposalView::of);
    }

    @PostMapping("/{id}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "代表或部门提出项目建议", description = "以登录身份提出：代表以本人名义，部门人员以所在单位名义")
    public ProposalView propose(@PathVariable String id, @Valid @RequestBody ProposalRequest request) {
        ProjectProposal p = proposals.submit(id, request, currentUser.require(), currentUser.departmentCodes());
        return ProposalView.of(p);
    }

    @PutMapping("/{id}/proposals/{proposalId}/screening")
    @PreAuthorize(Access.GOV_OFFICE)
    @Transactional
    @Operation(summary = "初定一条建议", description = "列为候选、合并到其他建议或不予采纳（须写理由）；即完成该建议的初定任务")
    public ProposalView screen(@PathVariable String id, @PathVariable Long proposalId,
                               @Valid @RequestBody ScreeningRequest request) {
        LivelihoodVote vote = votes.get(id);
        Optional<Task> open = tasks.open(vote.getBusinessKey(), LivelihoodVoteProcess.TASK_SCREEN_PROPOSAL).stream()
                .filter(t -> proposalId.equals(LivelihoodVoteProcess.PROPOSAL_ID.find(
                        taskService.getVariables(t.getId())).orElse(null)))
                .findFirst();
        if (open.isPresent()) {
            Map<String, Object> v = new HashMap<>();
            v.put(LivelihoodVoteProcess.DECISION.name(), name(request.decision()));
            v.put(LivelihoodVoteProcess.MERGED_INTO.name(), request.mergedIntoProposalId());
            v.put(LivelihoodVoteProcess.NECESSITY.name(), name(request.necessity()));
            v.put(LivelihoodVoteProcess.FEASIBILITY.name(), name(request.feasibility()));
            v.put(LivelihoodVoteProcess.BUDGET_ASSESSMENT.name(), name(request.budgetAssessment()));
            v.put(LivelihoodVoteProcess.REASON.name(), request.reason());
            // the form's fields are task-local; complete(id, variables) would write them to the execution
            taskService.setVariablesLocal(open.get().getId(), v);
            tasks.completeTask(open.get(), Map.of());
            return ProposalView.of(proposalRepository.findById(proposalId).orElseThrow());
        }
        return ProposalView.of(screening.screen(vote.getId(), proposalId, request, currentUser.require()));
    }

    @PostMapping("/{id}/screening")
    @PreAuthorize(Access.GOV_OFFICE)
    @Transactional
    @Operation(summary = "提交初定结果", description = "全部建议初定后：提交候选项目清单（差额），或延长征集")
    public VoteView submitScreening(@PathVariable String id, @Valid @RequestBody ScreeningSubmission request) {
        LivelihoodVote vote = votes.get(id);
        // submitting confirms every proposal's screening as it stands (e.g. after a return); undecided ones stop it
        List<Task> open = tasks.open(vote.getBusinessKey(), LivelihoodVoteProcess.TASK_SCREEN_PROPOSAL);
        List<String> undecided = open.stream()
                .map(t -> LivelihoodVoteProcess.PROPOSAL_ID.find(taskService.getVariables(t.getId())).orElseThrow())
                .map(pid -> proposalRepository.findById(pid).orElseThrow())
                .filter(p -> p.getDecision() == ScreeningDecision.PENDING).map(ProjectProposal::getTrackingCode).toList();
        if (!undecided.isEmpty()) {
            throw new InvalidInputException("proposals", "以下建议尚未初定：" + String.join("、", undecided));
        }
        open.forEach(t -> tasks.completeTask(t, Map.of()));
        if (request.outcome() == ScreeningSubmission.Outcome.CANDIDATES_READY) {
            screening.checkCandidateList(vote.getId());
        }
        tasks.complete(vote.getBusinessKey(), LivelihoodVoteProcess.TASK_SUBMIT_LIST, "提交候选项目清单",
                LivelihoodVoteProcess.SCREENING_OUTCOME.as(request.outcome().name()));
        return VoteView.of(vote, votes.approvals(vote.getId()));
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize(Access.PARTY_OFFICE)
    @Transactional
    @Operation(summary = "审定候选项目清单", description = "同意后清单送达全体代表；退回须写明意见")
    public VoteView approve(@PathVariable String id, @Valid @RequestBody ApprovalSubmission request) {
        LivelihoodVote vote = votes.get(id);
        if (request.decision() == VoteApproval.Decision.RETURN && (request.comment() == null || request.comment().isBlank())) {
            throw new InvalidInputException("comment", "退回重新初定时须填写审定意见");
        }
        Map<String, Object> variables = new HashMap<>(
                LivelihoodVoteProcess.APPROVAL_DECISION.as(request.decision().name()));
        variables.putAll(LivelihoodVoteProcess.APPROVAL_COMMENT.as(request.comment()));
        tasks.complete(vote.getBusinessKey(), LivelihoodVoteProcess.TASK_APPROVE, "审定候选项目清单", variables);
        return VoteView.of(vote, votes.approvals(vote.getId()));
    }

    @GetMapping("/{id}/candidates")
    @Transactional(readOnly = true)
    @Operation(summary = "候选项目清单", description = "审定后全体代表可阅；审定前仅政府办、党委办和人大代表工委可阅")
    public List<CandidateView> candidates(@PathVariable String id) {
        LivelihoodVote vote = votes.get(id);
        if (vote.getStatus().ordinal() < VoteStatus.AWAITING_APPROVAL.ordinal()) {
            throw new ConflictException("候选项目尚未初定");
        }
        if (vote.getStatus() == VoteStatus.AWAITING_APPROVAL && !isOffice()) {
            throw new ForbiddenException("候选项目清单尚在审定中");
        }
        boolean decided = vote.getResultPublishedAt() != null;
        return candidates.findByVoteIdOrderBySortOrderAsc(vote.getId()).stream()
                .map(c -> CandidateView.of(c, proposalRepository.findByCandidateIdOrderByIdAsc(c.getId()), decided))
                .toList();
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "票决结果", description = "公布后可阅：当选项目、各轮票数和校验摘要；公布前 409")
    public VoteViews.ResultView result(@PathVariable String id) {
        return results.result(id);
    }

    private boolean isOffice() {
        return currentUser.isIn("liaison-office") || currentUser.isIn("gov-office") || currentUser.isIn("party-office")
                || currentUser.isIn("supervisors") || currentUser.isAdmin();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
