package cn.deputylink.vote.ballot;

import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.vote.Access;
import cn.deputylink.vote.LivelihoodVote;
import cn.deputylink.vote.RollEntry;
import cn.deputylink.vote.RollEntryRepository;
import cn.deputylink.vote.VoteService;
import cn.deputylink.vote.VoteViews.RoundView;
import cn.deputylink.vote.workflow.LivelihoodVoteProcess;
import cn.deputylink.vote.workflow.ProcessTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The session: attendance, ballots, end of voting, count; then the audit of a closed round.
 * A deputy's ballot answer is only "received": no ballot id, nothing to show anyone later.
 */
@RestController
@RequestMapping("/api/votes/{id}")
@Tag(name = "人代会票决", description = "登记出席、电子表决、纸质选票、宣布投票结束、计票与复核")
public class BallotController {

    private final VoteService votes;
    private final BallotService ballots;
    private final RollEntryRepository roll;
    private final ProcessTasks tasks;
    private final CurrentUser currentUser;

    public BallotController(VoteService votes, BallotService ballots, RollEntryRepository roll, ProcessTasks tasks,
                            CurrentUser currentUser) {
        this.votes = votes;
        this.ballots = ballots;
        this.roll = roll;
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    /** Per candidate id: APPROVE, OPPOSE or ABSTAIN; an unmarked candidate counts as abstention. */
    public record BallotRequest(
            @NotNull(message = "请填写表决意见（marks：候选项目编号 → APPROVE/OPPOSE/ABSTAIN）")
            Map<Long, Mark> marks) {
    }

    public record PaperBallotRequest(Map<Long, Mark> marks, Boolean spoiled) {
    }

    public record IssueRequest(@NotBlank(message = "请填写领票代表的编码") String deputyCode) {
    }

    public record AttendanceRequest(
            @NotEmpty(message = "请填写出席代表编码")
            List<@NotBlank(message = "代表编码不能为空") String> presentDeputyCodes) {
    }

    public record Received(String message) {
    }

    public record CandidateOnBallot(Long candidateId, int order, String title) {
    }

    /** What anyone on the roll sees during the session; {@code registered} only for the secretariat. */
    public record BallotStatus(String voteStatus, String voteStatusLabel, Integer roundNo, String roundKind,
                               String roundStatus, String roundStatusLabel, Integer slots, Integer totalDeputies,
                               Integer presentDeputies, List<CandidateOnBallot> candidates, Boolean onRoll,
                               Boolean present, Boolean voted, Integer registered) {
    }

    // ---- the secretariat

    @PostMapping("/session/attendance")
    @PreAuthorize(Access.SECRETARIAT)
    @Transactional
    @Operation(summary = "登记出席代表并宣布开始投票", description = "达到法定人数即开始本轮投票并锁定规则；不足则仍待登记")
    public BallotStatus attendance(@PathVariable String id, @Valid @RequestBody AttendanceRequest request) {
        LivelihoodVote vote = votes.get(id);
        tasks.complete(vote.getBusinessKey(), LivelihoodVoteProcess.TASK_ATTENDANCE, "登记出席代表",
                LivelihoodVoteProcess.PRESENT_DEPUTY_CODES.as(request.presentDeputyCodes()));
        return status(vote);
    }

    @PostMapping("/session/end-voting")
    @PreAuthorize(Access.SECRETARIAT)
    @Transactional
    @Operation(summary = "宣布投票结束", description = "此后不再接受电子表决和发放纸质选票；有纸质选票时进入录入环节，否则立即计票")
    public BallotStatus endVoting(@PathVariable String id) {
        LivelihoodVote vote = votes.get(id);
        tasks.complete(vote.getBusinessKey(), LivelihoodVoteProcess.TASK_END_VOTING, "宣布投票结束",
                Map.of("votingEnded", true));
        return status(vote);
    }

    @PostMapping("/session/count")
    @PreAuthorize(Access.SECRETARIAT)
    @Transactional
    @Operation(summary = "纸质选票录入完毕，开始计票")
    public BallotStatus count(@PathVariable String id) {
        LivelihoodVote vote = votes.get(id);
        tasks.complete(vote.getBusinessKey(), LivelihoodVoteProcess.TASK_ENTER_PAPER, "开箱录入纸质选票",
                Map.of("paperBallotsEntered", true));
        return status(vote);
    }

    // ---- ballots

    @PostMapping("/ballots")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.DEPUTIES)
    @Operation(summary = "代表电子表决", description = "以代表本人身份投票；每轮一票，已领纸质选票或已投票的再投返回 409")
    public Received cast(@PathVariable String id, @Valid @RequestBody BallotRequest request) {
        ballots.castElectronic(id, currentUser.require(), request.marks());
        return new Received("您的选票已收到");
    }

    @PostMapping("/paper-ballots/issued")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.SECRETARIAT)
    @Operation(summary = "发放纸质选票", description = "登记该代表已领票；此后该代表不能再电子表决，已表决的不能再领票（409）")
    public Received issue(@PathVariable String id, @Valid @RequestBody IssueRequest request) {
        ballots.issuePaper(id, request.deputyCode());
        return new Received("已登记发放纸质选票");
    }

    @PostMapping("/paper-ballots")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.SECRETARIAT)
    @Operation(summary = "录入一张纸质选票", description = "宣布投票结束后由计票人逐张录入，不记录投票人；无法辨认的以 spoiled=true 录入")
    public Received enterPaper(@PathVariable String id, @RequestBody PaperBallotRequest request) {
        ballots.enterPaper(id, request.marks(), Boolean.TRUE.equals(request.spoiled()));
        return new Received("已录入");
    }

    @GetMapping("/ballot")
    @Transactional(readOnly = true)
    @Operation(summary = "本轮投票状态", description = "候选项目、本人是否已投票；投票结束前不提供任何票数")
    public BallotStatus ballot(@PathVariable String id) {
        return status(votes.get(id));
    }

    // ---- after the count

    @GetMapping("/rounds")
    @Transactional(readOnly = true)
    @Operation(summary = "各轮投票", description = "已计票的轮次含票数和校验摘要；进行中的轮次不含任何票数")
    public List<RoundView> rounds(@PathVariable String id) {
        return ballots.rounds(votes.get(id).getId()).stream().map(RoundView::of).toList();
    }

    public record BallotSet(int roundNo, String canonicalText, List<String> ballots) {
    }

    @GetMapping("/rounds/{roundNo}/ballots")
    @PreAuthorize(Access.AUDITORS)
    @Operation(summary = "已计票轮次的全部选票（复核用）", description = "不含投票人；按内容排序；canonicalText 的 SHA-256 即公布的校验摘要")
    public BallotSet ballots(@PathVariable String id, @PathVariable int roundNo) {
        return new BallotSet(roundNo, ballots.canonicalText(id, roundNo), ballots.ballotsOf(id, roundNo));
    }

    @GetMapping("/rounds/{roundNo}/recount")
    @PreAuthorize(Access.AUDITORS)
    @Operation(summary = "复核计票", description = "用保存的选票重新计票，并与记录和公布的结果、摘要比对")
    public BallotService.Recount recount(@PathVariable String id, @PathVariable int roundNo) {
        return ballots.recount(id, roundNo);
    }

    private BallotStatus status(LivelihoodVote vote) {
        Optional<BallotRound> current = ballots.currentRound(vote.getId());
        String user = currentUser.id().orElse(null);
        RollEntry entry = user == null ? null : roll.findByUser(vote.getId(), user).orElse(null);
        boolean secretariat = currentUser.isIn("liaison-office") || currentUser.isAdmin();
        if (current.isEmpty()) {
            return new BallotStatus(vote.getStatus().name(), vote.getStatus().label(), null, null, null, null, null,
                    null, null, List.of(), entry != null, entry != null && entry.isPresent(), null, null);
        }
        BallotRound r = current.get();
        List<CandidateOnBallot> onBallot = r.getCandidates().stream()
                .map(rc -> new CandidateOnBallot(rc.getCandidate().getId(), rc.getSortOrder(),
                        rc.getCandidate().getTitle())).toList();
        Boolean voted = entry == null ? null : ballots.hasVoted(r, entry.getDeputy().getId());
        return new BallotStatus(vote.getStatus().name(), vote.getStatus().label(), r.getRoundNo(), r.getKind().label(),
                r.getStatus().name(), r.getStatus().label(), r.getSlots(), r.getTotalDeputies(), r.getPresentDeputies(),
                onBallot, entry != null, entry != null && entry.isPresent(), voted,
                secretariat ? ballots.registered(r) : null);
    }
}
