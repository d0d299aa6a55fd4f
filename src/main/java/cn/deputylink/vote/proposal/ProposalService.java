package cn.deputylink.vote.proposal;

import cn.deputylink.department.Department;
import cn.deputylink.department.DepartmentService;
import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.shared.ids.BusinessKeys;
import cn.deputylink.shared.idempotency.Idempotency;
import cn.deputylink.shared.privacy.PhoneNumbers;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.vote.LivelihoodVote;
import cn.deputylink.vote.VoteService;
import cn.deputylink.vote.VoteStatus;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals during the collection window: from citizens on the public API (retry-safe with an
 * {@code Idempotency-Key}), from deputies and from departments. Only an open window takes them.
 */
@Service
public class ProposalService {

    public static final String IDEMPOTENCY_SCOPE = "project-proposal";

    private final ProjectProposalRepository proposals;
    private final VoteService votes;
    private final DeputyRepository deputies;
    private final DepartmentService departments;
    private final BusinessKeys keys;
    private final Idempotency idempotency;

    public ProposalService(ProjectProposalRepository proposals, VoteService votes, DeputyRepository deputies,
                           DepartmentService departments, BusinessKeys keys, Idempotency idempotency) {
        this.proposals = proposals;
        this.votes = votes;
        this.deputies = deputies;
        this.departments = departments;
        this.keys = keys;
        this.idempotency = idempotency;
    }

    /** A citizen's proposal (群众点单). Name and phone are optional: a citizen may stay anonymous. */
    public record PublicProposalRequest(
            @NotBlank(message = "请指明征集项目的票决编号（如 PJ-2026-qs）")
            @Size(max = 64, message = "票决编号最长 64 位")
            String voteKey,
            @NotBlank(message = "项目名称不能为空")
            @Size(max = 200, message = "项目名称最长 200 字")
            String title,
            @NotBlank(message = "项目内容不能为空")
            @Size(max = 5000, message = "项目内容最长 5000 字")
            String description,
            @NotBlank(message = "实施区域（地点）不能为空")
            @Size(max = 100, message = "实施区域最长 100 字")
            String area,
            @NotNull(message = "请填写预计投资（万元）")
            @DecimalMin(value = "0.01", message = "预计投资应大于 0")
            @DecimalMax(value = "1000000", message = "预计投资不能超过 1000000 万元")
            @Digits(integer = 12, fraction = 2, message = "预计投资最多保留两位小数")
            BigDecimal estimatedCost,
            @Size(max = 50, message = "姓名最长 50 字")
            String proposerName,
            @Size(max = 20, message = "联系电话格式不正确")
            String proposerPhone) {
    }

    /** A proposal by a deputy or a department, who are identified by their login. */
    public record ProposalRequest(
            @NotBlank(message = "项目名称不能为空")
            @Size(max = 200, message = "项目名称最长 200 字")
            String title,
            @NotBlank(message = "项目内容不能为空")
            @Size(max = 5000, message = "项目内容最长 5000 字")
            String description,
            @NotBlank(message = "实施区域（地点）不能为空")
            @Size(max = 100, message = "实施区域最长 100 字")
            String area,
            @NotNull(message = "请填写预计投资（万元）")
            @DecimalMin(value = "0.01", message = "预计投资应大于 0")
            @DecimalMax(value = "1000000", message = "预计投资不能超过 1000000 万元")
            @Digits(integer = 12, fraction = 2, message = "预计投资最多保留两位小数")
            BigDecimal estimatedCost,
            @Size(max = 40, message = "单位编码最长 40 位")
            String departmentCode) {
    }

    /** Validates everything first, so a bad request neither stores nor claims its idempotency key. */
    /** Returns the tracking code (the same one again for a retry with the same key and body). */
    public String submitPublic(PublicProposalRequest request, String idempotencyKey) {
        String phone = null;
        if (request.proposerPhone() != null && !request.proposerPhone().isBlank()) {
            if (!PhoneNumbers.isValid(request.proposerPhone())) {
                throw new InvalidInputException("proposerPhone", "联系电话格式不正确（手机号 11 位，或区号加座机号）");
            }
            phone = PhoneNumbers.normalize(request.proposerPhone());
        }
        String name = request.proposerName() == null || request.proposerName().isBlank()
                ? null : request.proposerName().strip();
        String normalizedPhone = phone;
        return idempotency.run(IDEMPOTENCY_SCOPE, idempotencyKey, request, () -> {
            LivelihoodVote vote = collectingVote(request.voteKey().strip(), "voteKey");
            ProjectProposal proposal = newProposal(vote, request.title(), request.description(), request.area(),
                    request.estimatedCost(), ProposerType.CITIZEN, null);
            proposal.setProposerName(name);
            proposal.setProposerPhone(normalizedPhone);
            return proposals.save(proposal).getTrackingCode();
        });
    }

    /** A deputy proposes as the deputy; a department user as their department. */
    @Transactional
    public ProjectProposal submit(String voteRef, ProposalRequest request, String userId, List<String> userDepartments) {
        LivelihoodVote vote = votes.find(voteRef).orElseThrow(() -> NotFoundException.of("民生实事项目票决", voteRef));
        Deputy deputy = deputies.findByUserId(userId).filter(Deputy::isActive).orElse(null);
        String departmentCode = null;
        if (deputy == null) {
            if (userDepartments.isEmpty()) {
                throw new ForbiddenException("只有人大代表或政府部门可以在此提出项目建议；群众请通过公开渠道提出");
            }
            if (request.departmentCode() != null && !request.departmentCode().isBlank()) {
                departmentCode = request.departmentCode().strip();
                if (!userDepartments.contains(departmentCode)) {
                    throw new InvalidInputException("departmentCode", "您不属于该单位：" + departmentCode);
                }
            } else if (userDepartments.size() == 1) {
                departmentCode = userDepartments.get(0);
            } else {
                throw new InvalidInputException("departmentCode", "您属于多个单位，请指明以哪个单位名义提出");
            }
            Department department = departments.requireActive("departmentCode", departmentCode);
            departmentCode = department.getCode();
        }
        requireCollecting(vote);
        ProjectProposal proposal = newProposal(vote, request.title(), request.description(), request.area(),
                request.estimatedCost(), deputy != null ? ProposerType.DEPUTY : ProposerType.DEPARTMENT, userId);
        proposal.setDeputy(deputy);
        proposal.setDepartmentCode(departmentCode);
        return proposals.save(proposal);
    }

    private LivelihoodVote collectingVote(String voteKey, String field) {
        LivelihoodVote vote = votes.find(voteKey).orElseThrow(() ->
                new InvalidInputException(field, "票决不存在：" + voteKey));
        requireCollecting(vote);
        return vote;
    }

    /**
     * The window is open while the vote is collecting; also between its opening time and the
     * moment the opening timer's job has run (a few seconds), so nobody is turned away then.
     */
    private static void requireCollecting(LivelihoodVote vote) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        boolean opening = vote.getStatus() == VoteStatus.PLANNED && !now.isBefore(vote.getCollectionOpensAt())
                && now.isBefore(vote.getCollectionClosesAt());
        if (vote.getStatus() != VoteStatus.COLLECTING && !opening) {
            throw new ConflictException("该票决当前不在项目征集期（" + vote.getStatus().label() + "）");
        }
    }

    /** A sample citizen proposal for the demo data. */
    @Transactional
    public ProjectProposal seed(LivelihoodVote vote, String title, String description, String area, BigDecimal cost,
                                String proposerName) {
        requireCollecting(vote);
        ProjectProposal proposal = newProposal(vote, title, description, area, cost, ProposerType.CITIZEN, null);
        proposal.setProposerName(proposerName);
        return proposals.save(proposal);
    }

    private ProjectProposal newProposal(LivelihoodVote vote, String title, String description, String area,
                                        BigDecimal cost, ProposerType type, String submittedBy) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return new ProjectProposal(vote, keys.next("XM", 6), title.strip(), description.strip(), area.strip(),
                cost, type, submittedBy, now);
    }
}
