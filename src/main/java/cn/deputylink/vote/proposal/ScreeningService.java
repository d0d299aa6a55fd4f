package cn.deputylink.vote.proposal;

import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.privacy.Masking;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.vote.BallotRules;
import cn.deputylink.vote.LivelihoodVote;
import cn.deputylink.vote.VoteCandidate;
import cn.deputylink.vote.VoteCandidateRepository;
import cn.deputylink.vote.VoteProperties;
import cn.deputylink.vote.VoteService;
import cn.deputylink.vote.VoteStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening by gov-office (初定): each proposal is made a candidate, merged into one that is (the
 * merged proposal keeps its proposer and points at the candidate), or not taken with a reason
 * that is published. The candidate list must have more candidates than slots (差额) unless the
 * vote allows equal numbers.
 *
 * <p>Each proposal is screened on its own (in Tasklist one task per proposal, or on the API),
 * with the same checks; the list is checked as a whole when it is submitted.
 */
@Service
public class ScreeningService {

    private final ProjectProposalRepository proposals;
    private final VoteCandidateRepository candidates;
    private final VoteService votes;
    private final VoteProperties properties;

    public ScreeningService(ProjectProposalRepository proposals, VoteCandidateRepository candidates, VoteService votes,
                            VoteProperties properties) {
        this.proposals = proposals;
        this.candidates = candidates;
        this.votes = votes;
        this.properties = properties;
    }

    public record ScreeningRequest(
            @NotNull(message = "请选择初定意见")
            ScreeningDecision decision,
            Long mergedIntoProposalId,
            Assessment necessity,
            Assessment feasibility,
            Assessment budgetAssessment,
            @Size(max = 500, message = "理由最长 500 字")
            String reason) {
    }

    // ---- one proposal: the API and the per-proposal task both come here

    /** Screens one proposal of a vote in screening; the same checks for the API and the form. */
    @Transactional
    public ProjectProposal screen(Long voteId, Long proposalId, ScreeningRequest request, String userId) {
        LivelihoodVote vote = votes.get(voteId);
        requireScreening(vote);
        ProjectProposal proposal = proposals.findById(proposalId == null ? -1L : proposalId)
                .filter(p -> p.getVote().getId().equals(vote.getId()))
                .orElseThrow(() -> new InvalidInputException("proposalId", "该票决没有这条建议：" + proposalId));
        if (request.decision() == null || request.decision() == ScreeningDecision.PENDING) {
            throw new InvalidInputException("decision", "请选择初定意见");
        }
        ProjectProposal target = null;
        if (request.decision() == ScreeningDecision.MERGED) {
            target = request.mergedIntoProposalId() == null ? null
                    : proposals.findById(request.mergedIntoProposalId())
                            .filter(p -> p.getVote().getId().equals(vote.getId())).orElse(null);
            if (target == null || target.getId().equals(proposal.getId())) {
                throw new InvalidInputException("mergedIntoProposalId", "请填写要合并到的本票决另一条建议的编号");
            }
        }
        String reason = blankToNull(request.reason());
        if (reason != null && reason.length() > 500) {
            throw new InvalidInputException("reason", "理由最长 500 字");
        }
        proposal.screen(request.decision(), target, request.necessity(), request.feasibility(),
                request.budgetAssessment(), reason, userId, now());
        return proposal;
    }

    private void requireScreening(LivelihoodVote vote) {
        if (vote.getStatus() != VoteStatus.SCREENING) {
            throw new ConflictException("该票决当前不在初定阶段（" + vote.getStatus().label() + "）");
        }
    }

    /** The proposals to screen, in the order they came in. */
    @Transactional(readOnly = true)
    public List<Long> proposalIds(Long voteId) {
        return proposals.findByVoteIdOrderByIdAsc(voteId).stream().map(ProjectProposal::getId).toList();
    }

    /** What the screening task of one proposal shows: no proposer's name or phone. */
    @Transactional(readOnly = true)
    public ProjectProposal proposal(Long proposalId) {
        return proposals.findById(proposalId).orElseThrow(() -> new InvalidInputException("proposalId",
                "建议不存在：" + proposalId));
    }

    /**
     * Checks the screening is complete and consistent, then (re)builds the candidate list: one
     * candidate per proposal taken, in the order proposals came in, with merged proposals linked.
     */
    @Transactional
    public List<VoteCandidate> submitCandidateList(Long voteId) {
        LivelihoodVote vote = votes.get(voteId);
        requireScreening(vote);
        List<ProjectProposal> all = proposals.findByVoteIdOrderByIdAsc(voteId);
        List<FieldProblem> problems = problems(all, vote.getRules());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        all.forEach(p -> p.setCandidate(null));
        List<VoteCandidate> previous = candidates.findByVoteIdOrderBySortOrderAsc(voteId);
        proposals.flush();
        candidates.deleteAll(previous);
        candidates.flush();
        Map<Long, VoteCandidate> byProposal = new LinkedHashMap<>();
        int order = 1;
        for (ProjectProposal p : all) {
            if (p.getDecision() == ScreeningDecision.CANDIDATE) {
                VoteCandidate c = candidates.save(new VoteCandidate(vote, order++, p.getTitle(), p.getDescription(),
                        p.getArea(), p.getEstimatedCost()));
                p.setCandidate(c);
                byProposal.put(p.getId(), c);
            }
        }
        for (ProjectProposal p : all) {
            if (p.getDecision() == ScreeningDecision.MERGED) {
                p.setCandidate(byProposal.get(p.getMergedInto().getId()));
            }
        }
        vote.setStatus(VoteStatus.AWAITING_APPROVAL);
        return List.copyOf(byProposal.values());
    }

    /** The checks of {@link #submitCandidateList} without building anything. */
    @Transactional(readOnly = true)
    public void checkCandidateList(Long voteId) {
        LivelihoodVote vote = votes.get(voteId);
        requireScreening(vote);
        List<FieldProblem> problems = problems(proposals.findByVoteIdOrderByIdAsc(voteId), vote.getRules());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static List<FieldProblem> problems(List<ProjectProposal> all, BallotRules rules) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> noReason = new ArrayList<>();
        List<String> badMerge = new ArrayList<>();
        List<String> unassessed = new ArrayList<>();
        int count = 0;
        for (ProjectProposal p : all) {
            switch (p.getDecision()) {
                case PENDING -> pending.add(p.getTrackingCode());
                case NOT_TAKEN -> {
                    if (p.getReason() == null || p.getReason().isBlank()) {
                        noReason.add(p.getTrackingCode());
                    }
                }
                case MERGED -> {
                    if (p.getMergedInto() == null || p.getMergedInto().getDecision() != ScreeningDecision.CANDIDATE) {
                        badMerge.add(p.getTrackingCode());
                    }
                }
                case CANDIDATE -> count++;
                default -> throw new IllegalStateException();
            }
            if ((p.getDecision() == ScreeningDecision.CANDIDATE || p.getDecision() == ScreeningDecision.NOT_TAKEN)
                    && (p.getNecessity() == null || p.getFeasibility() == null || p.getBudgetAssessment() == null)) {
                unassessed.add(p.getTrackingCode());
            }
        }
        String field = "proposals";
        if (!pending.isEmpty()) {
            problems.add(new FieldProblem(field, "以下建议尚未初定：" + String.join("、", pending)));
        }
        if (!unassessed.isEmpty()) {
            problems.add(new FieldProblem(field, "以下建议尚未完成必要性、可行性和财力评估：" + String.join("、", unassessed)));
        }
        if (!noReason.isEmpty()) {
            problems.add(new FieldProblem(field, "未采纳的建议须说明理由（将予公布）：" + String.join("、", noReason)));
        }
        if (!badMerge.isEmpty()) {
            problems.add(new FieldProblem(field, "合并的建议须合并到列为候选项目的建议：" + String.join("、", badMerge)));
        }
        if (!rules.acceptsCandidateCount(count)) {
            problems.add(new FieldProblem(field, VoteService.candidateCountMessage(count, rules)));
        }
        return problems;
    }

    /** The text shown above the screening form. */
    @Transactional(readOnly = true)
    public String screeningSummary(Long voteId) {
        LivelihoodVote vote = votes.get(voteId);
        List<ProjectProposal> all = proposals.findByVoteIdOrderByIdAsc(voteId);
        Map<ScreeningDecision, Long> counts = all.stream()
                .collect(Collectors.groupingBy(ProjectProposal::getDecision, Collectors.counting()));
        String text = vote.getTitle() + "：共征集项目建议 " + all.size() + " 条，应选 " + vote.getRules().getSlots()
                + " 项。初定情况：列为候选项目 " + counts.getOrDefault(ScreeningDecision.CANDIDATE, 0L)
                + " 条，合并 " + counts.getOrDefault(ScreeningDecision.MERGED, 0L)
                + " 条，不予采纳 " + counts.getOrDefault(ScreeningDecision.NOT_TAKEN, 0L)
                + " 条，待初定 " + counts.getOrDefault(ScreeningDecision.PENDING, 0L)
                + " 条。候选项目应多于应选名额（差额" + (vote.getRules().isAllowEqualCandidates() ? "，本次允许等额" : "")
                + "）；建议不足时可延长征集期。";
        return IdentitySync.threeByteSafe(text);
    }

    /** The candidate list as text for forms (Tasklist), cut to what a variable holds. */
    @Transactional(readOnly = true)
    public String candidateSummary(Long voteId) {
        LivelihoodVote vote = votes.get(voteId);
        List<VoteCandidate> list = candidates.findByVoteIdOrderBySortOrderAsc(voteId);
        StringBuilder sb = new StringBuilder();
        sb.append(vote.getTitle()).append("：应选 ").append(vote.getRules().getSlots()).append(" 项，候选项目 ")
                .append(list.size()).append(" 项。\n");
        for (VoteCandidate c : list) {
            sb.append(c.getSortOrder()).append(". ").append(c.getTitle()).append("（").append(c.getArea())
                    .append("，预计投资 ").append(c.getEstimatedCost().toPlainString()).append(" 万元）\n");
        }
        String text = IdentitySync.threeByteSafe(sb.toString());
        int max = properties.getFormSummaryMaxChars();
        if (text.length() > max) {
            text = text.substring(0, max) + "……（完整清单见 /api/votes/" + vote.getBusinessKey() + "/candidates）";
        }
        return text;
    }

    /** One line about a proposal, for forms. */
    public static String summary(ProjectProposal p) {
        String who = switch (p.getProposerType()) {
            case CITIZEN -> "群众";
            case DEPUTY -> "代表" + (p.getDeputy() == null ? "" : " " + p.getDeputy().getCode());
            case DEPARTMENT -> "部门 " + p.getDepartmentCode();
        };
        // a citizen's words may hold a phone number: the summary goes into a form and its history
        String masked = Masking.freeText(p.getDescription());
        String description = masked.length() > 120 ? masked.substring(0, 120) + "……" : masked;
        return "#" + p.getId() + "【" + who + "】" + Masking.freeText(p.getTitle()) + "｜" + p.getArea() + "｜预计 "
                + p.getEstimatedCost().toPlainString() + " 万元｜" + description;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
