package cn.deputylink.vote;

import cn.deputylink.deputy.Deputy;
import cn.deputylink.shared.calendar.Deadlines;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.vote.congress.Congress;
import cn.deputylink.vote.congress.CongressRepository;
import cn.deputylink.vote.congress.CongressService;
import cn.deputylink.vote.workflow.LivelihoodVoteProcess;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import cn.deputylink.shared.identity.IdentitySync;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Launches a year's vote and keeps its rules: validated when set, frozen when the ballot opens.
 * The vote and its process instance are created in one transaction.
 */
@Service
public class VoteService {

    private final LivelihoodVoteRepository votes;
    private final CongressRepository congresses;
    private final CongressService congressService;
    private final VoteCandidateRepository candidates;
    private final RollEntryRepository roll;
    private final VoteApprovalRepository approvals;
    private final VoteProperties properties;
    private final Deadlines deadlines;
    private final RuntimeService runtimeService;
    private final EntityManager entityManager;
    private final ManagementService managementService;
    private final IdentitySync identity;

    public VoteService(LivelihoodVoteRepository votes, CongressRepository congresses, CongressService congressService,
                       VoteCandidateRepository candidates, RollEntryRepository roll, VoteApprovalRepository approvals,
                       VoteProperties properties, Deadlines deadlines, RuntimeService runtimeService,
                       EntityManager entityManager, ManagementService managementService, IdentitySync identity) {
        this.votes = votes;
        this.congresses = congresses;
        this.congressService = congressService;
        this.candidates = candidates;
        this.roll = roll;
        this.approvals = approvals;
        this.properties = properties;
        this.deadlines = deadlines;
        this.runtimeService = runtimeService;
        this.entityManager = entityManager;
        this.managementService = managementService;
        this.identity = identity;
    }

    /**
     * The vote, re-read under a write lock: whoever opens a round, changes the rules or counts
     * waits for the others and then sees their committed state (a plain re-query would return
     * the instance already in the persistence context, unrefreshed).
     */
    @Transactional
    public LivelihoodVote lock(Long id) {
        LivelihoodVote vote = get(id);
        entityManager.flush();
        entityManager.refresh(vote, LockModeType.PESSIMISTIC_WRITE);
        return vote;
    }

    /** Ballot rules of a vote; omitted shares take the defaults of config/vote.yml. */
    public record RulesRequest(
            @NotNull(message = "请填写应选项目数（名额）")
            @Min(value = 1, message = "应选项目数至少为 1")
            @Max(value = 200, message = "应选项目数不能超过 200")
            Integer slots,
            @Min(value = 1, message = "法定人数比例的分子至少为 1") Integer quorumNumerator,
            @Min(value = 2, message = "法定人数比例的分母至少为 2") @Max(value = 100, message = "法定人数比例的分母不能超过 100")
            Integer quorumDenominator,
            @Min(value = 1, message = "通过比例的分子至少为 1") Integer passNumerator,
            @Min(value = 2, message = "通过比例的分母至少为 2") @Max(value = 100, message = "通过比例的分母不能超过 100")
            Integer passDenominator,
            Boolean allowEqualCandidates,
            @Min(value = 0, message = "另行投票轮次不能为负数") @Max(value = 10, message = "另行投票轮次不能超过 10")
            Integer maxRunoffRounds) {
    }

    public record LaunchRequest(
            @NotBlank(message = "请选择人民代表大会")
            String congressCode,
            @NotNull(message = "请填写年度")
            @Min(value = 2000, message = "年度不正确") @Max(value = 2100, message = "年度不正确")
            Integer voteYear,
            @Size(max = 200, message = "标题最长 200 字")
            String title,
            OffsetDateTime collectionOpensAt,
            OffsetDateTime collectionClosesAt,
            @NotNull(message = "请填写人代会召开日期")
            OffsetDateTime sessionDate,
            @NotNull(message = "请填写票决规则")
            @Valid
            RulesRequest rules) {
    }

    /** A vote by id ({@code 42}) or business key ({@code PJ-2026-qs}). */
    @Transactional(readOnly = true)
    public LivelihoodVote get(String ref) {
        return find(ref).orElseThrow(() -> NotFoundException.of("民生实事项目票决", ref));
    }

    public Optional<LivelihoodVote> find(String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        if (ref.matches("\\d{1,18}")) {
            return votes.findById(Long.valueOf(ref));
        }
        return votes.findByBusinessKey(ref);
    }

    @Transactional(readOnly = true)
    public LivelihoodVote get(Long id) {
        return votes.findById(id).orElseThrow(() -> NotFoundException.of("民生实事项目票决", id));
    }

    @Transactional
    public LivelihoodVote launch(LaunchRequest request, String userId) {
        List<FieldProblem> problems = new ArrayList<>();
        Congress congress = congresses.findByCode(request.congressCode().strip()).orElse(null);
        if (congress == null || !congress.isActive()) {
            throw new InvalidInputException("congressCode", "人民代表大会不存在或已停用：" + request.congressCode());
        }
        int year = request.voteYear();
        votes.findByCongressIdAndVoteYear(congress.getId(), year).ifPresent(existing -> {
            throw new ConflictException("该人民代表大会 " + year + " 年度的民生实事项目票决已发起：" + existing.getBusinessKey());
        });
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant opens = request.collectionOpensAt() == null ? now : request.collectionOpensAt().toInstant();
        Instant closes = request.collectionClosesAt() != null ? request.collectionClosesAt().toInstant()
                : deadlines.dueFrom("vote-collection", Date.from(opens)).toInstant();
        Instant session = request.sessionDate().toInstant();
        if (!closes.isAfter(opens)) {
            problems.add(new FieldProblem("collectionClosesAt", "征集截止时间应晚于征集开始时间"));
        }
        if (!closes.isAfter(now)) {
            problems.add(new FieldProblem("collectionClosesAt", "征集截止时间应晚于当前时间"));
        }
        if (!session.isAfter(closes)) {
            problems.add(new FieldProblem("sessionDate", "人代会召开日期应晚于征集截止时间"));
        }
        BallotRules rules = rules(request.rules(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String title = request.title() == null || request.title().isBlank()
                ? congress.getName() + year + "年民生实事项目票决" : request.title().strip();
        LivelihoodVote vote = votes.save(new LivelihoodVote(congress, year, title, opens, closes, session, rules,
                userId, now));
        Map<String, Object> variables = new HashMap<>();
        variables.putAll(LivelihoodVoteProcess.VOTE_ID.as(vote.getId()));
        variables.putAll(LivelihoodVoteProcess.COLLECTION_OPENS_AT.as(Date.from(opens)));
        variables.putAll(LivelihoodVoteProcess.COLLECTION_CLOSES_AT.as(Date.from(closes)));
        variables.putAll(LivelihoodVoteProcess.SESSION_DATE.as(Date.from(session)));
        runtimeService.startProcessInstanceByKey(LivelihoodVoteProcess.PROCESS_ID, vote.getBusinessKey(), variables);
        return vote;
    }

    /** Changes the rules until the ballot opens; afterwards refused (409), whoever asks. */
    @Transactional
    public LivelihoodVote updateRules(String ref, RulesRequest request) {
        LivelihoodVote vote = lock(get(ref).getId());
        if (vote.rulesFrozen()) {
            throw new ConflictException("投票已经开始，票决规则已锁定，不能修改");
        }
        List<FieldProblem> problems = new ArrayList<>();
        BallotRules rules = rules(request, problems);
        if (problems.isEmpty()) {
            // once screening has fixed the candidates, the new slots must keep the list 差额
            int count = candidates.findByVoteIdOrderBySortOrderAsc(vote.getId()).size();
            if (count > 0 && !rules.acceptsCandidateCount(count)) {
                problems.add(new FieldProblem("slots", candidateCountMessage(count, rules)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        vote.setRules(rules);
        return vote;
    }

    private BallotRules rules(RulesRequest r, List<FieldProblem> problems) {
        VoteProperties.Rules d = properties.getRules();
        int qn = or(r.quorumNumerator(), d.getQuorumNumerator());
        int qd = or(r.quorumDenominator(), d.getQuorumDenominator());
        int pn = or(r.passNumerator(), d.getPassNumerator());
        int pd = or(r.passDenominator(), d.getPassDenominator());
        if (qn >= qd) {
            problems.add(new FieldProblem("quorumNumerator", "法定人数比例应小于 1（分子小于分母）"));
        }
        if (pn >= pd) {
            problems.add(new FieldProblem("passNumerator", "通过比例应小于 1（分子小于分母）"));
        }
        boolean equal = r.allowEqualCandidates() != null ? r.allowEqualCandidates() : d.isAllowEqualCandidates();
        int runoffs = or(r.maxRunoffRounds(), d.getMaxRunoffRounds());
        return new BallotRules(r.slots() == null ? 1 : r.slots(), qn, qd, pn, pd, equal, runoffs);
    }

    public static String candidateCountMessage(int count, BallotRules rules) {
        return rules.isAllowEqualCandidates()
                ? "候选项目 " + count + " 个，不能少于应选名额 " + rules.getSlots() + " 个"
                : "候选项目 " + count + " 个，应多于应选名额 " + rules.getSlots() + " 个（差额票决）";
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    // ---- steps the process takes

    @Transactional
    public void setStatus(Long voteId, VoteStatus status) {
        get(voteId).setStatus(status);
    }

    @Transactional
    public Instant extendCollection(Long voteId) {
        LivelihoodVote vote = get(voteId);
        Instant closes = deadlines.due("vote-collection-extension").toInstant();
        vote.setCollectionClosesAt(closes);
        vote.setStatus(VoteStatus.COLLECTING);
        return closes;
    }

    /** Party-office's decision; a return needs a comment, which is kept with the decision. */
    @Transactional
    public VoteApproval recordApproval(Long voteId, VoteApproval.Decision decision, String comment, String userId) {
        LivelihoodVote vote = get(voteId);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (decision == VoteApproval.Decision.RETURN && text == null) {
            throw new InvalidInputException(LivelihoodVoteProcess.APPROVAL_COMMENT.name(), "退回重新初定时须填写审定意见");
        }
        if (text != null && text.length() > 1000) {
            throw new InvalidInputException(LivelihoodVoteProcess.APPROVAL_COMMENT.name(), "审定意见最长 1000 字");
        }
        if (vote.getStatus() != VoteStatus.AWAITING_APPROVAL) {
            throw new ConflictException("候选项目清单当前不在待审定状态");
        }
        vote.setStatus(decision == VoteApproval.Decision.RETURN ? VoteStatus.SCREENING : VoteStatus.AWAITING_APPROVAL);
        return approvals.save(new VoteApproval(vote, decision, text, userId,
                ClockUtil.getCurrentTime().toInstant()));
    }

    /**
     * Fixes the roll of the session (应到代表) from the congress's members, once, and marks the
     * candidate list as sent. Returns the logins of the deputies on the roll.
     */
    @Transactional
    public List<String> distributeCandidateList(Long voteId) {
        LivelihoodVote vote = get(voteId);
        if (roll.countRoll(voteId) == 0) {
            for (Deputy deputy : congressService.members(vote.getCongress())) {
                roll.save(new RollEntry(voteId, deputy));
            }
            congressService.syncGroup(vote.getCongress());
        }
        if (vote.getStatus().beforeCandidateList()) {
            vote.setStatus(VoteStatus.CANDIDATES_PUBLISHED);
        }
        return roll.findRoll(voteId).stream().map(r -> r.getDeputy().getUserId()).filter(Objects::nonNull).toList();
    }

    /**
     * 提前截止征集 / 提前开会: moves the waiting timer to now, so the process takes the same path
     * it takes when the date comes; the job executor fires it within seconds.
     */
    @Transactional
    public LivelihoodVote fireTimerNow(String ref, String timerActivityId) {
        LivelihoodVote vote = get(ref);
        Date now = ClockUtil.getCurrentTime();
        boolean moved = identity.asSystem(() -> {
            List<Job> jobs = managementService.createJobQuery().processDefinitionKey(LivelihoodVoteProcess.PROCESS_ID)
                    .activityId(timerActivityId).timers().list().stream()
                    .filter(j -> vote.getBusinessKey().equals(runtimeService.createProcessInstanceQuery()
                            .processInstanceId(j.getProcessInstanceId()).singleResult().getBusinessKey()))
                    .toList();
            jobs.forEach(j -> managementService.setJobDuedate(j.getId(), now));
            return !jobs.isEmpty();
        });
        if (!moved) {
            throw new ConflictException(LivelihoodVoteProcess.TIMER_COLLECTION_CLOSES.equals(timerActivityId)
                    ? "该票决当前不在项目征集期" : "该票决当前不在候选项目送达阶段");
        }
        if (LivelihoodVoteProcess.TIMER_COLLECTION_CLOSES.equals(timerActivityId)) {
            vote.setCollectionClosesAt(now.toInstant());
        } else {
            vote.setSessionDate(now.toInstant());
        }
        return vote;
    }

    @Transactional(readOnly = true)
    public List<VoteApproval> approvals(Long voteId) {
        return approvals.findByVoteIdOrderByIdAsc(voteId);
    }
}
