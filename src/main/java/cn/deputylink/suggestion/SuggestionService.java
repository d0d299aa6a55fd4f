package cn.deputylink.suggestion;

import cn.deputylink.department.Department;
import cn.deputylink.department.DepartmentRepository;
import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.shared.calendar.Deadlines;
import cn.deputylink.shared.handover.OpinionHandoverRequest;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.ids.BusinessKeys;
import cn.deputylink.shared.process.ProcessMessages;
import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.suggestion.SuggestionDtos.DepartmentView;
import cn.deputylink.suggestion.SuggestionDtos.EventView;
import cn.deputylink.suggestion.SuggestionDtos.ExtensionRequest;
import cn.deputylink.suggestion.SuggestionDtos.ExtensionView;
import cn.deputylink.suggestion.SuggestionDtos.SignerView;
import cn.deputylink.suggestion.SuggestionDtos.SubmitRequest;
import cn.deputylink.suggestion.SuggestionDtos.SuggestionSummary;
import cn.deputylink.suggestion.SuggestionDtos.SuggestionView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deputy suggestions outside the task forms: submission by a deputy, hand-over from a citizen
 * opinion, the extension request of a lead department, and reading what a caller may see.
 */
@Service
public class SuggestionService {

    static final String TRANSFERRED_FROM_OPINION = "由群众意见转为代表建议";

    private final SuggestionRepository suggestions;
    private final DeputyRepository deputies;
    private final DepartmentRepository departments;
    private final BusinessKeys businessKeys;
    private final RuntimeService runtimeService;
    private final IdentitySync identity;
    private final ProcessMessages messages;
    private final Deadlines deadlines;
    private final CurrentUser currentUser;

    public SuggestionService(SuggestionRepository suggestions, DeputyRepository deputies,
                             DepartmentRepository departments, BusinessKeys businessKeys,
                             RuntimeService runtimeService, IdentitySync identity, ProcessMessages messages,
                             Deadlines deadlines, CurrentUser currentUser) {
        this.suggestions = suggestions;
        this.deputies = deputies;
        this.departments = departments;
        this.businessKeys = businessKeys;
        this.runtimeService = runtimeService;
        this.identity = identity;
        this.messages = messages;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    // ---------------------------------------------------------------- submission

    /** A deputy submits a suggestion (alone or jointly) and its workflow starts, in one transaction. */
    @Transactional
    public String submit(String userId, SubmitRequest request) {
        Deputy lead = deputies.findByUserId(userId).filter(Deputy::isActive)
                .orElseThrow(() -> new ForbiddenException("只有人大代表本人可以提出代表建议"));
        Suggestion suggestion = create(lead, request.title(), request.content(), request.raisedDuring(),
                request.category(), request.coSignerCodes() == null ? List.of() : request.coSignerCodes(),
                "coSignerCodes");
        suggestion.record(SuggestionEventType.SUBMITTED, userId, null, null, now());
        suggestions.save(suggestion);
        // the deputy's own engine authentication applies: deputies may start this process
        runtimeService.startProcessInstanceByKey(SuggestionProcess.PROCESS_ID, suggestion.getBusinessKey(),
                SuggestionProcess.SUGGESTION_ID.as(suggestion.getId()));
        return suggestion.getBusinessKey();
    }

    /** The Tasklist start form: the registration step turns its variables into a suggestion. */
    @Transactional
    public Suggestion registerFromStartForm(String initiator, Object title, Object content, Object raisedDuring,
                                            Object category, Object coSigners) {
        Deputy lead = initiator == null ? null : deputies.findByUserId(initiator).filter(Deputy::isActive).orElse(null);
        if (lead == null) {
            throw new InvalidInputException("initiator", "只有人大代表本人可以提出代表建议（当前登录账号未绑定代表）");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String t = collect(problems, () -> FormValues.required(title, "title", "建议标题", 200));
        String c = collect(problems, () -> FormValues.required(content, "content", "建议内容", 5000));
        RaisedDuring r = collect(problems, () -> FormValues.code(RaisedDuring.class, raisedDuring, "raisedDuring",
                "提出时间"));
        String cat = collect(problems, () -> FormValues.optional(category, "category", "所属领域", 60));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Suggestion suggestion = create(lead, t, c, r, cat, FormValues.codes(coSigners), "coSignerCodes");
        suggestion.record(SuggestionEventType.SUBMITTED, initiator, null, null, now());
        return suggestions.save(suggestion);
    }

    /** Opinion → suggestion: idempotent per opinion; the workflow starts in the caller's transaction. */
    @Transactional
    public String handOver(OpinionHandoverRequest request) {
        return suggestions.findByOpinionId(request.opinionId()).map(Suggestion::getBusinessKey).orElseGet(() -> {
            Deputy lead = deputies.findByCode(request.deputyCode() == null ? "" : request.deputyCode().strip())
                    .filter(Deputy::isActive)
                    .orElseThrow(() -> new InvalidInputException("deputyCode", "代表不存在或已离任：" + request.deputyCode()));
            if (lead.getUserId() == null) {
                throw new InvalidInputException("deputyCode", "该代表未绑定登录账号，无法由其领衔提出建议：" + lead.getCode());
            }
            String content = FormValues.required(request.content(), "content", "建议内容", 5000);
            String title = request.title() == null || request.title().isBlank()
                    ? shorten(content, 40) : shorten(request.title().strip(), 200);
            String category = request.category() == null ? null : shorten(request.category().strip(), 60);
            // opinions reach deputies between sessions, through the stations
            Suggestion suggestion = create(lead, title, content, RaisedDuring.RECESS, category, List.of(), "deputyCode");
            suggestion.linkOpinion(request.opinionId(), request.opinionTrackingCode());
            suggestion.record(SuggestionEventType.SUBMITTED, request.handedOverBy(), null,
                    TRANSFERRED_FROM_OPINION + (request.opinionTrackingCode() == null ? ""
                            : "（" + request.opinionTrackingCode() + "）"), now());
            suggestions.saveAndFlush(suggestion);
            // the opinion workflow's caller (station staff, a job) has no right to start this process itself
            identity.asSystem(() -> runtimeService.startProcessInstanceByKey(SuggestionProcess.PROCESS_ID,
                    suggestion.getBusinessKey(), SuggestionProcess.SUGGESTION_ID.as(suggestion.getId())));
            return suggestion.getBusinessKey();
        });
    }

    private Suggestion create(Deputy lead, String title, String content, RaisedDuring raisedDuring, String category,
                              List<String> coSignerCodes, String coSignerField) {
        List<Deputy> coSigners = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : coSignerCodes) {
            String code = raw == null ? "" : raw.strip().toUpperCase();
            if (code.isEmpty() || !seen.add(code)) {
                problems.add(new FieldProblem(coSignerField, "联名代表重复或为空：" + raw));
                continue;
            }
            if (code.equals(lead.getCode())) {
                problems.add(new FieldProblem(coSignerField, "领衔代表不必再列为联名代表：" + code));
                continue;
            }
            deputies.findByCode(code).filter(Deputy::isActive).ifPresentOrElse(coSigners::add,
                    () -> problems.add(new FieldProblem(coSignerField, "联名代表不存在或已离任：" + raw)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = now();
        int year = deadlines.calendar().today(now).getYear();
        Suggestion suggestion = new Suggestion(
                businessKeys.next(SuggestionProcess.KEY_PREFIX, SuggestionProcess.KEY_DIGITS),
                title.strip(), content.strip(), raisedDuring, lead, year, now);
        suggestion.setCategory(category == null || category.isBlank() ? null : category.strip());
        coSigners.forEach(d -> suggestion.addSigner(d, false));
        return suggestion;
    }

    // ---------------------------------------------------------------- extension

    /** The lead department asks the office for more time; the office decides in Tasklist. */
    @Transactional
    public void requestExtension(String businessKey, ExtensionRequest request) {
        Suggestion s = find(businessKey);
        String userId = currentUser.require();
        if (s.getLeadDepartment() == null || !currentUser.departmentCodes().contains(s.getLeadDepartment())) {
            throw new ForbiddenException("只有主办单位可以申请延期");
        }
        // departments cannot read process instances; whether the case waits is asked as the system
        if (s.getStatus() != SuggestionStatus.HANDLING || !identity.asSystem(() ->
                messages.isWaitingFor(SuggestionProcess.MSG_EXTENSION_REQUESTED, businessKey))) {
            throw new ConflictException("该建议当前不在办理阶段，不能申请延期：" + businessKey);
        }
        if (s.pendingExtension().isPresent()) {
            throw new ConflictException("已有待审批的延期申请：" + businessKey);
        }
        Date cap = deadlines.dueFrom(SuggestionProcess.DEADLINE_REPLY_MAX, Date.from(s.getAssignedAt()));
        if (s.getReplyDue() != null && !s.getReplyDue().isBefore(cap.toInstant())) {
            throw new ConflictException("办复期限已延至最长期限，不能再延期：" + businessKey);
        }
        LocalDate wanted = request.requestedDueDate();
        if (wanted != null) {
            LocalDate current = deadlines.calendar().today(s.getReplyDue().minusNanos(1));
            LocalDate last = deadlines.calendar().today(cap.toInstant().minusNanos(1));
            if (!wanted.isAfter(current)) {
                throw new InvalidInputException("requestedDueDate", "申请的期限应晚于现办复期限 " + current);
            }
            if (wanted.isAfter(last)) {
                throw new InvalidInputException("requestedDueDate", "延期后最长不超过交办之日起"
                        + deadlines.describe(SuggestionProcess.DEADLINE_REPLY_MAX) + "（" + last + "）");
            }
        }
        SuggestionExtension extension = new SuggestionExtension(s, request.reason().strip(), wanted, userId, now());
        s.getExtensions().add(extension);
        s.record(SuggestionEventType.EXTENSION_REQUESTED, userId, s.getLeadDepartment(), request.reason().strip(), now());
        suggestions.saveAndFlush(s);
        // the flush may have merged a managed copy into the list: take the id from there
        Long extensionId = s.pendingExtension().map(SuggestionExtension::getId).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.putAll(SuggestionProcess.EXTENSION_ID.as(extensionId));
        variables.putAll(SuggestionProcess.EXTENSION_REASON.as(IdentitySync.threeByteSafe(request.reason().strip())));
        // checked above that the caller is the lead; correlating needs rights departments do not hold
        identity.asSystem(() -> {
            messages.correlate(SuggestionProcess.MSG_EXTENSION_REQUESTED, businessKey, variables);
            return null;
        });
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Suggestion find(String businessKey) {
        return suggestions.findByBusinessKey(businessKey).orElseThrow(() -> NotFoundException.of("代表建议", businessKey));
    }

    /** The office, supervisors and administrators see all; signers and the assigned departments their own. */
    public boolean maySee(Suggestion s) {
        if (seesAll()) {
            return true;
        }
        String userId = currentUser.id().orElse(null);
        if (s.isSignedBy(userId)) {
            return true;
        }
        List<String> mine = currentUser.departmentCodes();
        return s.activeDepartments().stream().anyMatch(d -> mine.contains(d.getDepartmentCode()));
    }

    public boolean seesAll() {
        return currentUser.isAdmin() || currentUser.isIn(Roles.LIAISON_OFFICE) || currentUser.isIn(Roles.SUPERVISORS);
    }

    @Transactional(readOnly = true)
    public SuggestionView view(String businessKey) {
        Suggestion s = find(businessKey);
        if (!maySee(s)) {
            throw new ForbiddenException("无权查看该建议");
        }
        return view(s);
    }

    @Transactional(readOnly = true)
    public Page<SuggestionSummary> list(Integer year, SuggestionStatus status, Pageable pageable) {
        List<String> mine = new ArrayList<>(currentUser.departmentCodes());
        if (mine.isEmpty()) {
            mine.add("-");
        }
        return suggestions.visible(seesAll(), currentUser.id().orElse("-"), mine, year, status, pageable)
                .map(this::summary);
    }

    SuggestionSummary summary(Suggestion s) {
        return new SuggestionSummary(s.getBusinessKey(), s.getTitle(), s.getStatus(), s.getStatus().label(),
                s.getRaisedDuring(), s.getLeadDeputy().getCode(), s.getLeadDeputy().getName(), s.getSigners().size(),
                s.getLeadDepartment(), s.isKeySuggestion(), s.isOverdue(), s.getSubmittedAt(), s.getReplyDue(),
                s.getResultClass());
    }

    SuggestionView view(Suggestion s) {
        Map<String, String> names = new HashMap<>();
        departments.findAll().forEach(d -> names.put(d.getCode(), d.getName()));
        return new SuggestionView(s.getBusinessKey(), s.getTitle(), s.getContent(), s.getCategory(), s.getStatus(),
                s.getStatus().label(), s.getRaisedDuring(), s.getRaisedDuring().label(), s.getSubmissionYear(),
                s.getSigners().stream().map(g -> new SignerView(g.getDeputy().getCode(), g.getDeputy().getName(),
                        g.isLeadSigner())).toList(),
                s.getOpinionTrackingCode(), s.getAdmissionComment(), s.getLeadDepartment(),
                s.activeDepartments().stream().map(d -> new DepartmentView(d.getDepartmentCode(),
                        names.get(d.getDepartmentCode()), d.getRole(), d.getRole().label(), d.getOpinion(),
                        d.getOpinionAt())).toList(),
                s.isKeySuggestion(), s.getAssignedAt(), s.getReplyDue(), s.isExtended(), s.isOverdue(),
                s.isTransferred(), s.getTransferReason(), s.getConsultationMethod(), s.getConsultationDate(),
                s.getConsultationSummary(), s.isConsultationWaived(), s.getResultClass(),
                s.getResultClass() == null ? null : s.getResultClass().label(), s.getReplyText(), s.getResultReason(),
                s.getPromisedDate(), s.getFirstRepliedAt(), s.getRepliedOnTime(), s.getReplyCount(),
                s.getFirstRating(), s.getSecondRating(), s.getRatingComment(), s.isResolved(), s.getClosedAt(),
                s.getExtensions().stream().map(e -> new ExtensionView(e.getId(), e.getReason(), e.getRequestedDue(),
                        e.getRequestedBy(), e.getRequestedAt(), e.getDecision(), e.getDecision().label(),
                        e.getDecisionComment(), e.getGrantedDue())).toList(),
                s.getEvents().stream().map(e -> new EventView(e.getType(), e.getType().label(), e.getActor(),
                        e.getDepartmentCode(), e.getNote(), e.getCreatedAt())).toList());
    }

    /** Departments for the pickers of the admission and re-assignment forms. */
    @Transactional(readOnly = true)
    public List<Department> activeDepartments() {
        return departments.findAll().stream().filter(Department::isActive)
                .sorted(java.util.Comparator.comparing(Department::getCode)).toList();
    }

    private static String shorten(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max));
    }

    private static <T> T collect(List<FieldProblem> problems, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
