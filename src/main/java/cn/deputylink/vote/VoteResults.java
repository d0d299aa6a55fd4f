package cn.deputylink.vote;

import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.vote.VoteViews.CandidateView;
import cn.deputylink.vote.VoteViews.ResultView;
import cn.deputylink.vote.VoteViews.RoundView;
import cn.deputylink.vote.ballot.BallotService;
import cn.deputylink.vote.proposal.ProjectProposalRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published result of a vote: refused before publication, whoever asks. */
@Service
public class VoteResults {

    private final VoteService votes;
    private final VoteCandidateRepository candidates;
    private final ProjectProposalRepository proposals;
    private final BallotService ballots;

    public VoteResults(VoteService votes, VoteCandidateRepository candidates, ProjectProposalRepository proposals,
                       BallotService ballots) {
        this.votes = votes;
        this.candidates = candidates;
        this.proposals = proposals;
        this.ballots = ballots;
    }

    @Transactional(readOnly = true)
    public VoteViews.PublicProposalView publicProposal(String trackingCode) {
        return VoteViews.PublicProposalView.of(proposals.findByTrackingCode(trackingCode)
                .orElseThrow(() -> NotFoundException.of("项目建议", trackingCode)));
    }

    @Transactional(readOnly = true)
    public ResultView result(String ref) {
        LivelihoodVote vote = votes.get(ref);
        if (vote.getResultPublishedAt() == null) {
            throw new ConflictException("票决结果尚未公布");
        }
        return new ResultView(vote.getBusinessKey(), vote.getTitle(), vote.getRules().getSlots(),
                vote.getResultSummary(), vote.getResultPublishedAt(),
                candidates.findByVoteIdOrderBySortOrderAsc(vote.getId()).stream()
                        .map(c -> CandidateView.of(c, proposals.findByCandidateIdOrderByIdAsc(c.getId()), true))
                        .toList(),
                ballots.rounds(vote.getId()).stream().map(RoundView::of).toList());
    }
}
