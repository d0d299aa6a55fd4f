package cn.deputylink.vote;

import cn.deputylink.shared.privacy.Masking;
import cn.deputylink.vote.ballot.BallotRound;
import cn.deputylink.vote.ballot.BallotTally;
import cn.deputylink.vote.ballot.RoundCandidate;
import cn.deputylink.vote.proposal.ProjectProposal;
import cn.deputylink.vote.proposal.ScreeningDecision;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Answer shapes of the vote API. Counts of a round appear only once the round is tallied. */
public final class VoteViews {

    private VoteViews() {
    }

    public record RulesView(int slots, String quorum, String pass, boolean allowEqualCandidates, int maxRunoffRounds,
                            boolean frozen, Instant frozenAt) {
        static RulesView of(LivelihoodVote v) {
            BallotRules r = v.getRules();
            return new RulesView(r.getSlots(), "超过 " + r.getQuorumNumerator() + "/" + r.getQuorumDenominator(),
                    "超过全体代表的 " + r.getPassNumerator() + "/" + r.getPassDenominator(), r.isAllowEqualCandidates(),
                    r.getMaxRunoffRounds(), v.rulesFrozen(), v.getRulesFrozenAt());
        }
    }

    public record ApprovalView(String decision, String decisionLabel, String comment, String decidedBy,
                               Instant decidedAt) {
        static ApprovalView of(VoteApproval a) {
            return new ApprovalView(a.getDecision().name(), a.getDecision().label(), a.getRemarks(), a.getDecidedBy(),
                    a.getDecidedAt());
        }
    }

    public record VoteView(Long id, String businessKey, String title, String congressCode, String congressName,
                           int voteYear, String status, String statusLabel, Instant collectionOpensAt,
                           Instant collectionClosesAt, Instant sessionDate, RulesView rules,
                           List<ApprovalView> approvals, String resultSummary, Instant resultPublishedAt) {
        public static VoteView of(LivelihoodVote v, List<VoteApproval> approvals) {
            return new VoteView(v.getId(), v.getBusinessKey(), v.getTitle(), v.getCongress().getCode(),
                    v.getCongress().getName(), v.getVoteYear(), v.getStatus().name(), v.getStatus().label(),
                    v.getCollectionOpensAt(), v.getCollectionClosesAt(), v.getSessionDate(), RulesView.of(v),
                    approvals.stream().map(ApprovalView::of).toList(), v.getResultSummary(), v.getResultPublishedAt());
        }
    }

    public record VoteSummary(Long id, String businessKey, String title, String congressCode, int voteYear,
                              String status, String statusLabel) {
        public static VoteSummary of(LivelihoodVote v) {
            return new VoteSummary(v.getId(), v.getBusinessKey(), v.getTitle(), v.getCongress().getCode(),
                    v.getVoteYear(), v.getStatus().name(), v.getStatus().label());
        }
    }

    public record CandidateView(Long id, int order, String title, String description, String area,
                                BigDecimal estimatedCost, String outcome, String outcomeLabel, Integer approvals,
                                List<String> proposalTrackingCodes) {
        public static CandidateView of(VoteCandidate c, List<ProjectProposal> proposals, boolean withResult) {
            return new CandidateView(c.getId(), c.getSortOrder(), c.getTitle(), c.getDescription(), c.getArea(),
                    c.getEstimatedCost(), withResult ? c.getOutcome().name() : null,
                    withResult ? c.getOutcome().label() : null, withResult ? c.getApprovals() : null,
                    proposals.stream().map(ProjectProposal::getTrackingCode).toList());
        }
    }

    /** A proposal as listed to the offices: a citizen's name and phone are masked. */
    public record ProposalView(Long id, String trackingCode, String title, String description, String area,
                               BigDecimal estimatedCost, String proposerType, String proposer, String proposerPhone,
                               Instant submittedAt, String decision, String decisionLabel, Long mergedIntoProposalId,
                               String necessity, String feasibility, String budgetAssessment, String reason,
                               Long candidateId) {
        public static ProposalView of(ProjectProposal p) {
            return new ProposalView(p.getId(), p.getTrackingCode(), p.getTitle(), p.getDescription(), p.getArea(),
                    p.getEstimatedCost(), p.getProposerType().name(), proposer(p), Masking.phone(p.getProposerPhone()),
                    p.getSubmittedAt(), p.getDecision().name(), p.getDecision().label(),
                    p.getMergedInto() == null ? null : p.getMergedInto().getId(), name(p.getNecessity()),
                    name(p.getFeasibility()), name(p.getBudgetAssessment()), p.getReason(),
                    p.getCandidate() == null ? null : p.getCandidate().getId());
        }

        static String proposer(ProjectProposal p) {
            return switch (p.getProposerType()) {
                case CITIZEN -> p.getProposerName() == null ? "匿名群众" : "群众 " + Masking.name(p.getProposerName());
                case DEPUTY -> "代表 " + p.getDeputy().getName() + "（" + p.getDeputy().getCode() + "）";
                case DEPARTMENT -> "部门 " + p.getDepartmentCode();
            };
        }
    }

    /** What the public sees of a proposal: no proposer, the screening result once published. */
    public record PublicProposalView(String trackingCode, String voteKey, String title, String area,
                                     BigDecimal estimatedCost, String proposerType, Instant submittedAt,
                                     String decision, String decisionLabel, String reason, String candidateTitle) {
        public static PublicProposalView of(ProjectProposal p) {
            boolean published = !p.getVote().getStatus().beforeCandidateList();
            ScreeningDecision d = published ? p.getDecision() : null;
            return new PublicProposalView(p.getTrackingCode(), p.getVote().getBusinessKey(), p.getTitle(), p.getArea(),
                    p.getEstimatedCost(), p.getProposerType().label(), p.getSubmittedAt(),
                    d == null ? "IN_PROGRESS" : d.name(), d == null ? "征集、初定中" : d.label(),
                    d == null ? null : p.getReason(),
                    d == null || p.getCandidate() == null ? null : p.getCandidate().getTitle());
        }
    }

    public record RoundCandidateView(Long candidateId, int order, String title, Integer approvals, Integer oppositions,
                                     Integer abstentions, Boolean passed, String result, String resultLabel) {
    }

    /** A round; every figure is null until the round has been tallied. */
    public record RoundView(int roundNo, String kind, String kindLabel, String status, String statusLabel, int slots,
                            Integer totalDeputies, Integer presentDeputies, Instant openedAt, Instant closedAt,
                            Integer issued, Integer returned, Integer valid, Integer invalid, String outcome,
                            Integer runoffSlots, Integer emptySlots, String digest, String digestAlgorithm,
                            List<RoundCandidateView> candidates) {
        public static RoundView of(BallotRound r) {
            boolean t = r.getStatus().tallied();
            List<RoundCandidateView> cs = r.getCandidates().stream().map(rc -> candidate(rc, t)).toList();
            return new RoundView(r.getRoundNo(), r.getKind().name(), r.getKind().label(), r.getStatus().name(),
                    r.getStatus().label(), r.getSlots(), r.getTotalDeputies(), r.getPresentDeputies(), r.getOpenedAt(),
                    r.getClosedAt(), t ? r.getIssued() : null, t ? r.getReturned() : null,
                    t ? r.getValidBallots() : null, t ? r.getInvalidBallots() : null,
                    t ? r.getOutcome().name() : null, t ? r.getRunoffSlots() : null, t ? r.getEmptySlots() : null,
                    t ? r.getDigest() : null,
                    t ? "SHA-256（UTF-8）over: \"" + BallotTally.DIGEST_VERSION
                            + "\", round=<票决编号#轮次>, candidates=<候选项目编号>, slots, deputies, pass, issued, "
                            + "returned, 然后每张选票的规范文本（如 12=APPROVE;15=OPPOSE，或 SPOILED）排序后各占一行" : null,
                    cs);
        }

        private static RoundCandidateView candidate(RoundCandidate rc, boolean tallied) {
            return new RoundCandidateView(rc.getCandidate().getId(), rc.getSortOrder(), rc.getCandidate().getTitle(),
                    tallied ? rc.getApprovals() : null, tallied ? rc.getOppositions() : null,
                    tallied ? rc.getAbstentions() : null, tallied ? rc.getPassed() : null,
                    tallied ? rc.getResult().name() : null, tallied ? label(rc.getResult()) : null);
        }
    }

    public static String label(BallotTally.CandidateResult result) {
        return switch (result) {
            case ELECTED -> "当选";
            case RUNOFF -> "并列末位，另行投票";
            case UNRESOLVED_TIE -> "并列末位，名额空缺";
            case OUTRANKED -> "获过半数赞成，但名次在应选名额之外";
            case NOT_PASSED -> "未获全体代表过半数赞成";
            case NOT_COUNTED -> "本轮无效，未计票";
        };
    }

    public record ResultView(String businessKey, String title, int slots, String summary, Instant publishedAt,
                             List<CandidateView> candidates, List<RoundView> rounds) {
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
