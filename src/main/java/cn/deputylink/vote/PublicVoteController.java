package cn.deputylink.vote;

import cn.deputylink.shared.idempotency.Idempotency;
import cn.deputylink.shared.ratelimit.PublicLimits;
import cn.deputylink.vote.VoteViews.CandidateView;
import cn.deputylink.vote.VoteViews.PublicProposalView;
import cn.deputylink.vote.VoteViews.ResultView;
import cn.deputylink.vote.proposal.ProjectProposalRepository;
import cn.deputylink.vote.proposal.ProposalService;
import cn.deputylink.vote.proposal.ProposalService.PublicProposalRequest;
import cn.deputylink.vote.proposal.ScreeningDecision;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 群众点单 and the public face of a vote: the window, the approved list, the reasons, the result. */
@RestController
@Tag(name = "民生实事项目（公开）", description = "群众提出项目建议、查询办理情况、查看候选项目和票决结果，无需登录")
public class PublicVoteController {

    private final ProposalService proposals;
    private final ProjectProposalRepository proposalRepository;
    private final VoteService votes;
    private final VoteCandidateRepository candidates;
    private final VoteResults results;
    private final PublicLimits limits;

    public PublicVoteController(ProposalService proposals, ProjectProposalRepository proposalRepository,
                                VoteService votes, VoteCandidateRepository candidates, VoteResults results,
                                PublicLimits limits) {
        this.limits = limits;
        this.proposals = proposals;
        this.proposalRepository = proposalRepository;
        this.votes = votes;
        this.candidates = candidates;
        this.results = results;
    }

    @PostMapping("/api/public/project-proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "群众提出民生实事项目建议",
            description = "征集期内提交；可匿名。带 Idempotency-Key 请求头可安全重试：同一键和内容只登记一次")
    public PublicProposalView propose(@Valid @RequestBody PublicProposalRequest request,
                                      @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        limits.write(PublicLimits.VOTE, request.voteKey());
        return results.publicProposal(proposals.submitPublic(request, key));
    }

    @GetMapping("/api/public/project-proposals/{trackingCode}")
    @Operation(summary = "查询项目建议办理情况", description = "候选项目清单审定后，公布初定结果和不予采纳的理由")
    public PublicProposalView track(@PathVariable String trackingCode) {
        return results.publicProposal(trackingCode);
    }

    public record NotTaken(String trackingCode, String title, String reason) {
    }

    public record PublicVote(String businessKey, String title, String congressName, int voteYear, String status,
                             String statusLabel, Instant collectionOpensAt, Instant collectionClosesAt,
                             Instant sessionDate, int slots, List<CandidateView> candidates, List<NotTaken> notTaken,
                             ResultView result) {
    }

    @GetMapping("/api/public/votes/{businessKey}")
    @Transactional(readOnly = true)
    @Operation(summary = "票决公开信息", description = "征集期、会期；审定后公布候选项目和不予采纳的理由；票决后公布结果和校验摘要")
    public PublicVote vote(@PathVariable String businessKey) {
        LivelihoodVote vote = votes.get(businessKey);
        boolean published = !vote.getStatus().beforeCandidateList();
        List<CandidateView> list = published ? candidates.findByVoteIdOrderBySortOrderAsc(vote.getId()).stream()
                .map(c -> CandidateView.of(c, proposalRepository.findByCandidateIdOrderByIdAsc(c.getId()),
                        vote.getResultPublishedAt() != null)).toList() : List.of();
        List<NotTaken> notTaken = published ? proposalRepository.findByVoteIdOrderByIdAsc(vote.getId()).stream()
                .filter(p -> p.getDecision() == ScreeningDecision.NOT_TAKEN)
                .map(p -> new NotTaken(p.getTrackingCode(), p.getTitle(), p.getReason())).toList() : List.of();
        ResultView result = vote.getResultPublishedAt() != null ? results.result(businessKey) : null;
        return new PublicVote(vote.getBusinessKey(), vote.getTitle(), vote.getCongress().getName(), vote.getVoteYear(),
                vote.getStatus().name(), vote.getStatus().label(), vote.getCollectionOpensAt(),
                vote.getCollectionClosesAt(), vote.getSessionDate(), vote.getRules().getSlots(), list, notTaken, result);
    }
}
