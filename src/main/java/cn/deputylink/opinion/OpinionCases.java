package cn.deputylink.opinion;

import cn.deputylink.department.Department;
import cn.deputylink.department.DepartmentRepository;
import cn.deputylink.department.DepartmentService;
import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.shared.calendar.Deadlines;
import cn.deputylink.shared.handover.OpinionHandoverRequest;
import cn.deputylink.shared.handover.SuggestionHandover;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.notification.Notifications;
import cn.deputylink.shared.privacy.Masking;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.station.LiaisonStation;
import cn.deputylink.station.StationRepository;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the opinion process does to a case, step by step; the delegates in {@link OpinionDelegates}
 * only move ids and codes between the process and these methods. Every step is safe to run twice
 * (a retried job): it checks the case's state before it changes it.
 *
 * <p>A step that refuses its input throws a {@link ProcessEngineException} with a Chinese message:
 * after a user task that rolls the completion back and Tasklist shows the message; in an
 * asynchronous step it becomes an incident in Cockpit.
 */
@Service
public class OpinionCases {

    public static final int TEXT_MAX = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OpinionRepository opinions;
    private final OpinionAssignmentRepository assignments;
    private final OpinionFeedbackRepository feedback;
    private final OpinionTimeline timeline;
    private final StationRepository stations;
    private final DepartmentRepository departmentRepository;
    private final DepartmentService departments;
    private final DeputyRepository deputies;
    private final Deadlines deadlines;
    private final Notifications notifications;
    private final ObjectProvider<SuggestionHandover> suggestionHandover;
    private final OpinionProperties properties;

    public OpinionCases(OpinionRepository opinions, OpinionAssignmentRepository assignments,
                        OpinionFeedbackRepository feedback, OpinionTimeline timeline, StationRepository stations,
                        DepartmentRepository departmentRepository, DepartmentService departments,
                        DeputyRepository deputies, Deadlines deadlines, Notifications notifications,
                        ObjectProvider<SuggestionHandover> suggestionHandover, OpinionProperties properties) {
        this.opinions = opinions;
        this.assignments = assignments;
        this.feedback = feedback;
        this.timeline = timeline;
        this.stations = stations;
        this.departmentRepository = departmentRepository;
        this.departments = departments;
        this.deputies = deputies;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.suggestionHandover = suggestionHandover;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public Opinion require(long id) {
        return opinions.findById(id).orElseThrow(() -> new ProcessEngineException("群众意见不存在：id=" + id));
    }

    // ---- triage

    public record TriageContext(String caseSummary, String duplicateHint, String departmentHint,
                                String stationDeputies) {
    }

    /** The read-only context of the triage form; no name or phone, digits runs masked. */
    @Transactional(readOnly = true)
    public TriageContext prepareTriage(long id, String proposedDepartmentCode) {
        Opinion o = require(id);
        String summary = summaryOf(o);
        // the triage form is the station's own: every open case of the station is a candidate
        List<DuplicateCandidate> similar = duplicates(o, candidate -> true);
        String duplicateHint = similar.isEmpty() ? "近期本站点未发现相似的未办结意见。"
                : "近" + properties.getDuplicateWindow().toDays() + "日本站点相似的未办结意见（如属同一诉求，可勾选并案并填写编号）：\n"
                + similar.stream().map(d -> d.trackingCode() + "（相似度" + Math.round(d.similarity() * 100) + "%，"
                        + d.statusLabel() + "）：" + d.excerpt()).collect(Collectors.joining("\n"));
        String proposal = "系统建议承办单位："
                + (proposedDepartmentCode == null ? "无（请根据情况选择）" : proposedDepartmentCode + " "
                + departmentRepository.findByCode(proposedDepartmentCode).map(Department::getName).orElse("（未登记）"));
        String list = departmentRepository.findAll().stream().filter(Department::isActive)
                .sorted(Comparator.comparing(Department::getLevel).thenComparing(Department::getCode))
                .map(d -> d.getCode() + " " + d.getName()).collect(Collectors.joining("；"));
        String deputyList = deputies.findActiveByStation(o.getTriageStationCode()).stream()
                .map(d -> d.getCode() + " " + d.getName()).collect(Collectors.joining("；"));
        return new TriageContext(summary, IdentitySync.threeByteSafe(duplicateHint),
                IdentitySync.threeByteSafe(proposal + "\n可选承办单位：" + list),
                IdentitySync.threeByteSafe(deputyList.isEmpty() ? "本站点暂无登记代表" : "本站点代表：" + deputyList));
    }

    /** The case as the forms show it: no name or phone, long digit runs masked, 3-byte safe. */
    @Transactional(readOnly = true)
    public String summary(long id) {
        return summaryOf(require(id));
    }

    private String summaryOf(Opinion o) {
        String summary = "编号：" + o.getTrackingCode()
                + "\n来源：" + o.getChannel().label() + "（" + o.getStation().getName() + "）"
                + "\n类别：" + OpinionCategory.labelOf(o.getCategory() == null ? null : o.getCategory().name())
                + (o.isUrgent() ? "（紧急）" : "")
                + "\n收到时间：" + MINUTE.format(o.getReceivedAt().atZone(zone()))
                + (o.getUnsatisfiedCount() > 0 ? "\n群众对上次答复不满意，正在重新办理" : "")
                + (o.getReplyDue() != null && o.getStatus() == OpinionStatus.HANDLING
                    ? "\n办理期限：" + DAY.format(o.getReplyDue().minusNanos(1).atZone(zone())) : "")
                + "\n内容：" + forDisplay(o.getContent(), 800);
        return IdentitySync.threeByteSafe(summary);
    }

    public record DuplicateCandidate(String trackingCode, double similarity, String statusLabel, String excerpt) {
    }

    /** Open cases of the same station from the configured window whose text is similar, among those shown. */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> duplicates(Opinion o, Predicate<Opinion> shown) {
        Instant since = OpinionTimeline.now().minus(properties.getDuplicateWindow());
        EnumSet<OpinionStatus> open = EnumSet.of(OpinionStatus.TRIAGE, OpinionStatus.HANDLING,
                OpinionStatus.WAITING_FEEDBACK, OpinionStatus.SUPERVISION);
        return opinions.findRecentOpen(o.getTriageStationCode(), open, since, o.getId(), PageRequest.of(0, 300))
                .stream()
                .filter(shown)
                .map(c -> new DuplicateCandidate(c.getTrackingCode(), TextSimilarity.dice(o.getContent(), c.getContent()),
                        c.getStatus().label(), forDisplay(c.getContent(), 40)))
                .filter(c -> c.similarity() >= properties.getDuplicateSimilarity())
                .sorted(Comparator.comparingDouble(DuplicateCandidate::similarity).reversed())
                .limit(properties.getDuplicateLimit())
                .toList();
    }

    public record TriageInput(boolean merge, String mergeInto, String route, String category, Boolean urgent,
                              String departmentCode, String proposedDepartmentCode, String deputyCode, String reply,
                              String rejectReason, String note) {
    }

    /** Checks and records the triage decision; returns true when the case is to be merged. */
    @Transactional
    public boolean recordTriage(long id, TriageInput in, String actor) {
        Opinion o = require(id);
        if (in.category() != null && !in.category().isBlank()) {
            o.setCategory(parse(OpinionCategory.class, in.category().strip(), "意见类别"));
        }
        if (in.urgent() != null) {
            o.setUrgent(in.urgent());
        }
        o.setTriagedBy(actor);
        if (in.merge()) {
            Opinion target = mergeTarget(o, in.mergeInto());
            timeline.add(o, OpinionEventType.TRIAGED, actor, "经研判与 " + target.getTrackingCode() + " 属同一诉求，予以并案",
                    in.note());
            return true;
        }
        if (in.route() == null || in.route().isBlank()) {
            throw fail("请选择研判结论（route）");
        }
        OpinionRoute route = parse(OpinionRoute.class, in.route().strip(), "研判结论");
        o.setRoute(route);
        String note = in.note();
        switch (route) {
            case ON_SITE -> {
                String reply = requireText(in.reply(), "请填写现场答复内容（reply）");
                o.setReply(reply, actor, OpinionTimeline.now());
                timeline.add(o, OpinionEventType.ANSWERED_ON_SITE, actor, "工作人员已现场答复", note);
            }
            case LOCAL -> {
                Department d = requireDepartment(in.departmentCode());
                o.setDepartmentCode(d.getCode());
                String proposal = in.proposedDepartmentCode();
                String choice = proposal == null ? "（无系统建议）"
                        : proposal.equals(d.getCode()) ? "（采纳系统建议）" : "（系统建议为 " + proposal + "，已改选）";
                timeline.add(o, OpinionEventType.TRIAGED, actor, "经研判，交由本级承办单位办理",
                        "承办单位：" + d.getName() + choice + (note == null ? "" : "；" + note));
            }
            case UPPER -> {
                LiaisonStation current = stations.findByCode(o.getTriageStationCode())
                        .orElseThrow(() -> fail("研判站点不存在：" + o.getTriageStationCode()));
                if (current.getParent() == null) {
                    throw fail("本站点没有上级站点，不能提交上级（请选择本级交办或其他结论）");
                }
                timeline.add(o, OpinionEventType.TRIAGED, actor, "经研判，提交上级人大机关处理", note);
            }
            case SUGGESTION -> {
                if (in.deputyCode() == null || in.deputyCode().isBlank()) {
                    throw fail("转为代表建议时请填写提出建议的代表编号（deputyCode）");
                }
                Deputy deputy = deputies.findByCode(in.deputyCode().strip()).filter(Deputy::isActive)
                        .orElseThrow(() -> fail("代表不存在或已不在任：" + in.deputyCode()));
                o.setSuggestionDeputyCode(deputy.getCode());
                timeline.add(o, OpinionEventType.TRIAGED, actor, "经研判，由人大代表转为代表建议提出",
                        "提出建议的代表：" + deputy.getCode() + " " + deputy.getName() + (note == null ? "" : "；" + note));
            }
            case REJECT -> {
                String reason = requireText(in.rejectReason(), "不予受理时请填写理由（rejectReason）");
                if (reason.length() > 500) {
                    throw fail("不予受理理由最长 500 字");
                }
                o.setRejectReason(reason);
                timeline.add(o, OpinionEventType.REJECTED, actor, "不予受理：" + reason, note);
            }
            default -> throw fail("未知的研判结论：" + route);
        }
        return false;
    }

    private Opinion mergeTarget(Opinion o, String code) {
        if (code == null || code.isBlank()) {
            throw fail("并案时请填写要并入的意见编号（mergeInto）");
        }
        Opinion target = opinions.findByTrackingCode(code.strip())
                .orElseThrow(() -> fail("要并入的意见不存在：" + code));
        while (target.getMergedInto() != null) {
            target = target.getMergedInto();
        }
        if (target.getId().equals(o.getId())) {
            throw fail("不能并入本件");
        }
        if (!target.getStatus().isOpen()) {
            throw fail("要并入的意见已办结，不能并案：" + target.getTrackingCode());
        }
        return target;
    }

    @Transactional
    public void merge(long id, String mergeInto, String actor) {
        Opinion o = require(id);
        if (o.getStatus() == OpinionStatus.MERGED) {
            return;
        }
        Opinion target = mergeTarget(o, mergeInto);
        o.setMergedInto(target);
        o.close(null, OpinionTimeline.now());
        o.setStatus(OpinionStatus.MERGED);
        timeline.add(o, OpinionEventType.MERGED, actor, "已并入 " + target.getTrackingCode() + " 一并办理，进展请以该件为准", null);
        timeline.add(target, OpinionEventType.MERGED_IN, actor, "相同诉求 " + o.getTrackingCode() + " 已并入本件", null);
    }

    public record Escalation(String stationCode, String stationLevel) {
    }

    @Transactional
    public Escalation escalate(long id, String fromStationCode) {
        Opinion o = require(id);
        if (!o.getTriageStationCode().equals(fromStationCode)) {
            LiaisonStation already = stations.findByCode(o.getTriageStationCode()).orElseThrow();
            return new Escalation(already.getCode(), already.getAdministrativeLevel().name());
        }
        LiaisonStation current = stations.findByCode(fromStationCode)
                .orElseThrow(() -> fail("研判站点不存在：" + fromStationCode));
        LiaisonStation parent = current.getParent();
        if (parent == null) {
            throw fail("本站点没有上级站点：" + fromStationCode);
        }
        o.setTriageStationCode(parent.getCode());
        o.setStatus(OpinionStatus.TRIAGE);
        timeline.add(o, OpinionEventType.ESCALATED, null, "已提交" + parent.getName() + "研判处理", null);
        return new Escalation(parent.getCode(), parent.getAdministrativeLevel().name());
    }

    /** Hands the case to the deputy-suggestion workflow; without that workflow it refuses (an incident). */
    @Transactional
    public String handOver(long id) {
        Opinion o = require(id);
        if (o.getSuggestionKey() != null) {
            return o.getSuggestionKey();
        }
        SuggestionHandover handover = suggestionHandover.getIfAvailable();
        if (handover == null) {
            throw new ProcessEngineException("无法转为代表建议：系统未启用代表建议办理功能（缺少 SuggestionHandover 实现）。"
                    + "请启用后在 Cockpit 中重试该任务。");
        }
        if (o.getSuggestionDeputyCode() == null) {
            throw fail("转为代表建议时缺少提出建议的代表");
        }
        String title = "关于" + forDisplay(o.getContent(), 20) + "的建议";
        String key = handover.handOver(new OpinionHandoverRequest(o.getId(), o.getTrackingCode(),
                // the suggestion goes to departments: the citizen's numbers stay behind in the opinion
                o.getSuggestionDeputyCode(), title, Masking.freeText(o.getContent()),
                o.getCategory() == null ? null : o.getCategory().name(), o.getTriagedBy()));
        o.setSuggestionKey(key);
        timeline.add(o, OpinionEventType.HANDED_OVER, null, "已由人大代表转为代表建议（" + key + "）办理", null);
        return key;
    }

    // ---- department handling

    /** Assigns to the department with a fresh deadline (the re-handling deadline after "不满意"). */
    @Transactional
    public Date assign(long id, String departmentCode) {
        Opinion o = require(id);
        OpinionAssignment open = assignments.findFirstByOpinionOrderByIdDesc(o)
                .filter(a -> a.isOpen() && a.getDepartmentCode().equals(departmentCode)
                        && a.getHandlingRound() == o.handlingRound())
                .orElse(null);
        if (open != null && o.getStatus() == OpinionStatus.HANDLING) {
            return Date.from(open.getDueAt());
        }
        Department d = requireDepartment(departmentCode);
        boolean rehandling = o.getUnsatisfiedCount() > 0;
        Instant now = OpinionTimeline.now();
        Instant due = deadlines.dueFrom(rehandling ? "opinion-rehandle-reply" : "opinion-reply", Date.from(now))
                .toInstant();
        OpinionAssignment assignment = assignments.save(new OpinionAssignment(o, d.getCode(), o.handlingRound(), now, due));
        o.setDepartmentCode(d.getCode());
        o.setStatus(OpinionStatus.HANDLING);
        o.setReplyDue(due);
        o.setOverdueSince(null);
        o.setLastRating(null);
        String dueText = DAY.format(due.minusNanos(1).atZone(zone()));
        timeline.add(o, rehandling ? OpinionEventType.REHANDLING : OpinionEventType.ASSIGNED, null,
                (rehandling ? "已交" : "已交办") + d.getName() + (rehandling ? "重新办理" : "办理") + "，办理期限至 " + dueText, null);
        notifications.toGroup(d.groupId(), o.getTrackingCode(), rehandling ? "群众意见需重新办理" : "新交办的群众意见",
                "群众意见 " + o.getTrackingCode() + " 已交" + d.getName() + "办理，请于 " + dueText + " 前答复。",
                "opinion-assigned:" + o.getTrackingCode() + ":" + assignment.getId());
        return Date.from(due);
    }

    @Transactional
    public void remind(long id) {
        Opinion o = require(id);
        OpinionAssignment a = currentAssignment(o);
        String dueText = DAY.format(a.getDueAt().minusNanos(1).atZone(zone()));
        notifications.toGroup(Roles.departmentGroup(a.getDepartmentCode()), o.getTrackingCode(), "群众意见即将到期",
                "群众意见 " + o.getTrackingCode() + " 的办理期限为 " + dueText + "，请抓紧答复。",
                "opinion-reminder:" + o.getTrackingCode() + ":" + a.getId());
        if (!o.getStatus().equals(OpinionStatus.HANDLING)) {
            return;
        }
        timeline.add(o, OpinionEventType.REMINDED, null, null, "已提醒承办单位：期限 " + dueText);
    }

    @Transactional
    public void markOverdue(long id) {
        Opinion o = require(id);
        OpinionAssignment a = currentAssignment(o);
        if (a.isOverdue()) {
            return;
        }
        a.setOverdue(true);
        o.setOverdueSince(OpinionTimeline.now());
        timeline.add(o, OpinionEventType.OVERDUE, null, "承办单位未在期限内答复，已转督办", null);
        notifications.toGroup(Roles.SUPERVISORS, o.getTrackingCode(), "群众意见办理超期",
                "群众意见 " + o.getTrackingCode() + " 已超过办理期限（承办单位：" + a.getDepartmentCode() + "），请督办。",
                "opinion-overdue:" + o.getTrackingCode() + ":" + a.getId());
    }

    /** The department's answer: a reply, or "not ours" with a reason (back to triage, no deadline counts). */
    @Transactional
    public void recordDepartmentResult(long id, boolean reassign, String reason, String reply, String actor) {
        Opinion o = require(id);
        OpinionAssignment a = currentAssignment(o);
        Instant now = OpinionTimeline.now();
        if (reassign) {
            String why = requireText(reason, "退回时请填写理由（reassignReason）");
            if (why.length() > 500) {
                throw fail("退回理由最长 500 字");
            }
            a.markReturned(why);
            o.setDepartmentCode(null);
            o.setReplyDue(null);
            o.setOverdueSince(null);
            o.setStatus(OpinionStatus.TRIAGE);
            timeline.add(o, OpinionEventType.RETURNED, actor, "承办单位反馈不属于本单位职责，已退回重新研判", why);
            return;
        }
        String text = requireText(reply, "请填写答复内容（reply）");
        a.setRepliedAt(now);
        o.setReply(text, actor, now);
        o.setOverdueSince(null);
        timeline.add(o, OpinionEventType.REPLIED, actor,
                "承办单位已答复" + (a.isOverdue() ? "（超期答复）" : ""), null);
    }

    /**
     * Tells the citizen a reply is there (SMS stand-in) and opens the rating window; the citizens of
     * cases merged into this one are told too and may rate it with their own 查询码.
     */
    @Transactional
    public void publishReply(long id) {
        Opinion o = require(id);
        if (o.getStatus() != OpinionStatus.WAITING_FEEDBACK) {
            o.setStatus(OpinionStatus.WAITING_FEEDBACK);
            o.setFeedbackDue(deadlines.due("opinion-feedback").toInstant());
        }
        String due = DAY.format(o.getFeedbackDue().atZone(zone()));
        notifications.smsToCitizen(o.getTrackingCode(), o::getCitizenPhone, "opinion-replied",
                Map.of("code", o.getTrackingCode(), "due", due),
                "opinion-reply-sms:" + o.getTrackingCode() + ":" + o.handlingRound());
        for (Opinion merged : opinions.findByMergedIntoOrderByIdAsc(o)) {
            notifications.smsToCitizen(merged.getTrackingCode(), merged::getCitizenPhone, "opinion-merged-replied",
                    Map.of("code", merged.getTrackingCode(), "due", due),
                    "opinion-reply-sms:" + merged.getTrackingCode() + ":" + o.getTrackingCode() + ":" + o.handlingRound());
        }
    }

    /** Records a rating and says what comes next: ACCEPTED, REHANDLE or SUPERVISE. */
    @Transactional
    public String recordFeedback(long id, String ratingCode, String channelCode, String by) {
        Opinion o = require(id);
        Rating rating = Rating.parse(ratingCode);
        if (rating == null) {
            throw fail("评价无效：" + ratingCode + "（可选 SATISFIED、BASICALLY_SATISFIED、UNSATISFIED）");
        }
        OpinionFeedback.Channel channel = "PHONE".equals(channelCode) ? OpinionFeedback.Channel.PHONE
                : OpinionFeedback.Channel.WEB;
        feedback.save(new OpinionFeedback(o, rating, channel, by, o.handlingRound(), OpinionTimeline.now()));
        o.setLastRating(rating);
        String how = channel == OpinionFeedback.Channel.PHONE ? "（电话回访）" : "";
        timeline.add(o, OpinionEventType.FEEDBACK, by, "群众评价：" + rating.label() + how, null);
        if (rating != Rating.UNSATISFIED) {
            return OpinionProcess.OUTCOME_ACCEPTED;
        }
        o.setUnsatisfiedCount(o.getUnsatisfiedCount() + 1);
        if (o.getUnsatisfiedCount() <= properties.getRehandlingRounds()) {
            return OpinionProcess.OUTCOME_REHANDLE;
        }
        o.setStatus(OpinionStatus.SUPERVISION);
        timeline.add(o, OpinionEventType.SUPERVISED, null, "群众再次不满意，已转督办", null);
        notifications.toGroup(Roles.SUPERVISORS, o.getTrackingCode(), "群众意见再次不满意",
                "群众对 " + o.getTrackingCode() + " 的重新办理结果仍不满意，请督办。",
                "opinion-unsatisfied:" + o.getTrackingCode());
        return OpinionProcess.OUTCOME_SUPERVISE;
    }

    @Transactional
    public void recordSupervision(long id, String note, String actor) {
        Opinion o = require(id);
        String text = requireText(note, "请填写督办意见（supervisionNote）");
        timeline.add(o, OpinionEventType.SUPERVISED, actor, "督办意见已送达承办单位", text);
        if (o.getDepartmentCode() != null && o.getStatus() == OpinionStatus.HANDLING) {
            notifications.toGroup(Roles.departmentGroup(o.getDepartmentCode()), o.getTrackingCode(), "督办通知",
                    "群众意见 " + o.getTrackingCode() + " 已超期，督办意见：" + text, null);
        }
    }

    /** Closes the case with the outcome its path implies and tells the citizen. */
    @Transactional
    public void archive(long id) {
        Opinion o = require(id);
        if (o.getStatus() == OpinionStatus.CLOSED) {
            return;
        }
        OpinionOutcome outcome = outcomeOf(o);
        o.close(outcome, OpinionTimeline.now());
        timeline.add(o, OpinionEventType.ARCHIVED, null, "已办结：" + outcome.label(), null);
        notifications.smsToCitizen(o.getTrackingCode(), o::getCitizenPhone, "opinion-closed",
                Map.of("code", o.getTrackingCode(), "outcome", outcome.label()), "opinion-closed:" + o.getTrackingCode());
    }

    static OpinionOutcome outcomeOf(Opinion o) {
        if (o.getRoute() == null) {
            throw new ProcessEngineException("无法归档：意见尚未研判 " + o.getTrackingCode());
        }
        return switch (o.getRoute()) {
            case ON_SITE -> OpinionOutcome.ANSWERED_ON_SITE;
            case REJECT -> OpinionOutcome.REJECTED;
            case SUGGESTION -> OpinionOutcome.HANDED_OVER;
            case LOCAL, UPPER -> {
                Rating last = o.getLastRating();
                if (last == null) {
                    yield OpinionOutcome.NOT_RATED;
                }
                yield switch (last) {
                    case SATISFIED -> OpinionOutcome.SATISFIED;
                    case BASICALLY_SATISFIED -> OpinionOutcome.BASICALLY_SATISFIED;
                    case UNSATISFIED -> OpinionOutcome.UNSATISFIED;
                };
            }
        };
    }

    // ---- helpers

    private OpinionAssignment currentAssignment(Opinion o) {
        return assignments.findFirstByOpinionOrderByIdDesc(o)
                .orElseThrow(() -> fail("意见尚未交办：" + o.getTrackingCode()));
    }

    private Department requireDepartment(String code) {
        if (code == null || code.isBlank()) {
            throw fail("本级交办时请填写承办单位编码（departmentCode）");
        }
        try {
            return departments.requireActive("departmentCode", code);
        } catch (InvalidInputException e) {
            throw fail("承办单位不存在或已停用：" + code);
        }
    }

    private static String requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw fail(message);
        }
        String t = text.strip();
        if (t.length() > TEXT_MAX) {
            throw fail("内容最长 " + TEXT_MAX + " 字");
        }
        return t;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code, String what) {
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            throw fail(what + "无效：" + code);
        }
    }

    static ProcessEngineException fail(String message) {
        return new ProcessEngineException(message);
    }

    /** Opinion text for forms and lists: shortened, phone, ID card and bank card numbers masked. */
    static String forDisplay(String text, int max) {
        return OpinionTimeline.truncate(Masking.freeText(text == null ? "" : text.strip()), max);
    }

    private ZoneId zone() {
        return deadlines.calendar().zone();
    }

    /** The Chinese name of the department now handling a case, for the citizen's tracking page. */
    public String departmentName(String departmentCode) {
        return departmentCode == null ? null
                : departmentRepository.findByCode(departmentCode).map(Department::getName).orElse(null);
    }

}
