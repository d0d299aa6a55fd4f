package cn.deputylink.opinion;

import cn.deputylink.opinion.OpinionDtos.DeputyStats;
import cn.deputylink.opinion.OpinionDtos.LinkedSuggestion;
import cn.deputylink.opinion.OpinionDtos.PublicEvent;
import cn.deputylink.opinion.OpinionDtos.TrackingView;
import cn.deputylink.opinion.OpinionDtos.StaffAssignment;
import cn.deputylink.opinion.OpinionDtos.StaffDetail;
import cn.deputylink.opinion.OpinionDtos.StaffEvent;
import cn.deputylink.opinion.OpinionDtos.StaffFeedback;
import cn.deputylink.opinion.OpinionDtos.StaffSummary;
import cn.deputylink.opinion.OpinionDtos.StationStats;
import cn.deputylink.opinion.OpinionDtos.Stats;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.handover.LinkedCaseProgress;
import cn.deputylink.shared.handover.SuggestionHandover;
import cn.deputylink.shared.privacy.ContactAudit;
import cn.deputylink.shared.privacy.Masking;
import cn.deputylink.shared.process.ProcessMessages;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.shared.web.PageResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tracking page, the staff lists and case files, and the statistics. */
@Service
@Transactional(readOnly = true)
public class OpinionQueries {

    private final OpinionRepository opinions;
    private final OpinionTimeline timeline;
    private final OpinionAssignmentRepository assignments;
    private final OpinionFeedbackRepository feedback;
    private final ProcessMessages messages;
    private final ObjectProvider<SuggestionHandover> suggestionHandover;
    private final OpinionAccess access;
    private final OpinionCases cases;
    private final WorkingDayCalendar calendar;
    private final ContactAudit contactAudit;

    public OpinionQueries(OpinionRepository opinions, OpinionTimeline timeline, OpinionAssignmentRepository assignments,
                          OpinionFeedbackRepository feedback, ProcessMessages messages,
                          ObjectProvider<SuggestionHandover> suggestionHandover, OpinionAccess access,
                          OpinionCases cases, WorkingDayCalendar calendar, ContactAudit contactAudit) {
        this.opinions = opinions;
        this.timeline = timeline;
        this.assignments = assignments;
        this.feedback = feedback;
        this.messages = messages;
        this.suggestionHandover = suggestionHandover;
        this.access = access;
        this.cases = cases;
        this.calendar = calendar;
        this.contactAudit = contactAudit;
    }

    /** A merged case's tracking code follows the case it was merged into. */
    static Opinion surviving(Opinion o) {
        Opinion current = o;
        for (int hops = 0; current.getMergedInto() != null && hops < 20; hops++) {
            current = current.getMergedInto();
        }
        return current;
    }

    // ---- public tracking

    /**
     * The tracking page of a case ({@code own}: the code the citizen holds; a merged case shows the
     * case it was merged into). The reply only when the caller has proven the secret ({@code verified},
     * see {@link OpinionTracking}); {@code canRate} is decided there too.
     */
    TrackingView view(Opinion own, boolean verified, boolean canRate) {
        Opinion o = surviving(own);
        List<PublicEvent> events = new ArrayList<>();
        if (o != own) {
            timeline.of(own).stream().filter(e -> e.getPublicText() != null).forEach(e -> events.add(publicEvent(e)));
        }
        timeline.of(o).stream().filter(e -> e.getPublicText() != null).forEach(e -> events.add(publicEvent(e)));
        boolean awaiting = messages.isWaitingFor(OpinionProcess.MSG_FEEDBACK, o.getTrackingCode());
        LinkedSuggestion suggestion = null;
        if (o.getSuggestionKey() != null || o.getRoute() == OpinionRoute.SUGGESTION) {
            LinkedCaseProgress progress = o.getSuggestionKey() == null ? null
                    : Optional.ofNullable(suggestionHandover.getIfAvailable())
                    .flatMap(h -> h.progress(o.getSuggestionKey())).orElse(null);
            suggestion = new LinkedSuggestion("转为代表建议", o.getSuggestionKey(), progress);
        }
        String category = o.getCategory() == null ? null : o.getCategory().name();
        return new TrackingView(own.getTrackingCode(), o.getStatus().name(), o.getStatus().label(), o.isOverdue(),
                category, OpinionCategory.labelOf(category), o.getStation().getName(),
                cases.departmentName(o.getDepartmentCode()), own.getReceivedAt(),
                o.getReplyDue(), awaiting, awaiting ? o.getFeedbackDue() : null,
                o != own ? o.getTrackingCode() : null,
                o.getOutcome() == null ? null : o.getOutcome().name(),
                o.getOutcome() == null ? null : o.getOutcome().label(),
                events, verified ? o.getReply() : null, o.getRepliedAt(), o.getReply() != null && !verified, suggestion,
                verified, canRate);
    }

    private static PublicEvent publicEvent(OpinionEvent e) {
        return new PublicEvent(e.getOccurredAt(), e.getType().name(), e.getType().label(), e.getPublicText());
    }

    // ---- staff

    public PageResponse<StaffSummary> list(OpinionStatus status, String stationCode, String q, int page, int size) {
        OpinionAccess.Scope scope = access.scope();
        if (scope.none()) {
            throw new ForbiddenException("只有站点工作人员、承办单位、人大代表工委和督办人员可以查看群众意见");
        }
        List<String> stations = scope.stations().isEmpty() ? List.of("") : scope.stations();
        List<String> departments = scope.departments().isEmpty() ? List.of("") : scope.departments();
        PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
                Sort.by(Sort.Direction.DESC, "receivedAt"));
        return PageResponse.of(opinions.search(scope.all(), stations, departments, status,
                blankToNull(stationCode), blankToNull(q), pageable), o -> summary(o, false));
    }

    public StaffDetail detail(String trackingCode) {
        Opinion o = visible(trackingCode);
        boolean full = access.seesPersonalData(o);
        // a department sees the case, not the citizen: numbers typed into any text are masked for it
        UnaryOperator<String> text = full ? UnaryOperator.identity() : Masking::freeText;
        List<StaffEvent> events = timeline.of(o).stream().map(e -> new StaffEvent(e.getOccurredAt(), e.getType().name(),
                e.getType().label(), e.getActor(), text.apply(e.getPublicText()), text.apply(e.getInternalNote())))
                .toList();
        List<StaffAssignment> assigned = assignments.findByOpinionOrderByIdAsc(o).stream()
                .map(a -> new StaffAssignment(a.getDepartmentCode(), a.getHandlingRound(), a.getAssignedAt(),
                        a.getDueAt(), a.getRepliedAt(), a.isOverdue(), a.isReturned(), text.apply(a.getReturnReason())))
                .toList();
        List<StaffFeedback> ratings = feedback.findByOpinionOrderByIdAsc(o).stream()
                .map(f -> new StaffFeedback(f.getRating().name(), f.getRating().label(), text.apply(f.getComment()),
                        f.getChannel().name(), f.getRecordedBy(), f.getHandlingRound(), f.getCreatedAt())).toList();
        if (full) {
            contactAudit.opened(o.getTrackingCode(), o.getCitizenName(), o.getCitizenPhone(), "GET /api/opinions/{code}",
                    "查看意见案卷");
        }
        return new StaffDetail(summary(o, full), text.apply(o.getContent()), o.isAnonymous(),
                o.getReceivingDeputy() == null ? null : o.getReceivingDeputy().getCode(), o.getReceptionDate(),
                o.getExternalRef(), o.getRoute() == null ? null : o.getRoute().name(), text.apply(o.getReply()),
                text.apply(o.getRejectReason()), o.getSuggestionKey(),
                o.getMergedInto() == null ? null : o.getMergedInto().getTrackingCode(),
                o.getOutcome() == null ? null : o.getOutcome().name(), o.getClosedAt(), events, assigned, ratings);
    }

    /** Similar cases, only those the caller may see itself (a department never sees another's cases). */
    public List<OpinionCases.DuplicateCandidate> duplicates(String trackingCode) {
        return cases.duplicates(visible(trackingCode), access::canSee);
    }

    /** A case's list line (names and phone masked) for access checks; nothing is opened, nothing audited. */
    public StaffSummary maskedSummary(String trackingCode) {
        return summary(visible(trackingCode), false);
    }

    /** A case the caller may see; one they may not is reported as missing, not as forbidden. */
    Opinion visible(String trackingCode) {
        Opinion o = opinions.findByTrackingCode(trackingCode)
                .orElseThrow(() -> new NotFoundException("群众意见不存在：" + trackingCode));
        if (!access.canSee(o)) {
            throw new NotFoundException("群众意见不存在：" + trackingCode);
        }
        return o;
    }

    private StaffSummary summary(Opinion o, boolean full) {
        String category = o.getCategory() == null ? null : o.getCategory().name();
        return new StaffSummary(o.getTrackingCode(), o.getStatus().name(), o.getStatus().label(), o.isOverdue(),
                o.getChannel().name(), category, o.getStation().getCode(), o.getStation().getName(),
                o.getTriageStationCode(), o.getDepartmentCode(),
                full ? o.getCitizenName() : Masking.name(o.getCitizenName()),
                full ? o.getCitizenPhone() : Masking.phone(o.getCitizenPhone()),
                OpinionCases.forDisplay(o.getContent(), 60), o.getReceivedAt(), o.getReplyDue());
    }

    // ---- statistics

    public int currentYear() {
        return calendar.today(OpinionTimeline.now()).getYear();
    }

    public Stats stats(int year, String stationCode) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "年份无效：" + year);
        }
        String station = blankToNull(stationCode);
        OpinionAccess.Scope scope = access.scope();
        if (!scope.all() && (station == null || !scope.stations().contains(station))) {
            throw new ForbiddenException("站点工作人员只能查看本站点的统计，请指定本站点（station）");
        }
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(calendar.zone()).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(calendar.zone()).toInstant();
        Map<String, Counter> byStation = new LinkedHashMap<>();
        for (Object[] row : opinions.countByStation(from, to, station)) {
            Counter c = byStation.computeIfAbsent((String) row[0], k -> new Counter((String) row[0], (String) row[1]));
            OpinionStatus status = (OpinionStatus) row[2];
            OpinionOutcome outcome = (OpinionOutcome) row[3];
            Rating rating = (Rating) row[4];
            long n = ((Number) row[5]).longValue();
            c.received += n;
            if (status == OpinionStatus.MERGED) {
                c.merged += n;
            } else if (status == OpinionStatus.CLOSED) {
                c.closed += n;
                if (outcome != null) {
                    c.outcomes.merge(outcome.name(), n, Long::sum);
                }
                if (rating != null) {
                    c.rated += n;
                    if (rating != Rating.UNSATISFIED) {
                        c.satisfied += n;
                    }
                }
            } else {
                c.open += n;
            }
        }
        for (Object[] row : opinions.countOverdueByStation(from, to, station)) {
            Optional.ofNullable(byStation.get((String) row[0])).ifPresent(c -> c.overdueOpen += ((Number) row[1]).longValue());
        }
        for (Object[] row : assignments.countRepliesByStation(from, to, station)) {
            Optional.ofNullable(byStation.get((String) row[0])).ifPresent(c -> {
                c.onTime += number(row[1]);
                c.late += number(row[2]);
            });
        }
        Counter total = new Counter(station, null);
        byStation.values().forEach(total::add);
        List<StationStats> stations = byStation.values().stream().map(Counter::toStats).toList();
        List<DeputyStats> deputies = opinions.countByDeputy(from, to, station).stream()
                .map(r -> new DeputyStats((String) r[0], (String) r[1], number(r[2]), number(r[3]))).toList();
        return new Stats(year, station, total.received, total.open, total.closed, total.merged, total.overdueOpen,
                total.onTime, total.late, rate(total.onTime, total.onTime + total.late), total.outcomes,
                rate(total.satisfied, total.rated), stations, deputies);
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static final class Counter {
        final String code;
        final String name;
        long received;
        long open;
        long closed;
        long merged;
        long overdueOpen;
        long onTime;
        long late;
        long rated;
        long satisfied;
        final Map<String, Long> outcomes = new LinkedHashMap<>();

        Counter(String code, String name) {
            this.code = code;
            this.name = name;
        }

        void add(Counter c) {
            received += c.received;
            open += c.open;
            closed += c.closed;
            merged += c.merged;
            overdueOpen += c.overdueOpen;
            onTime += c.onTime;
            late += c.late;
            rated += c.rated;
            satisfied += c.satisfied;
            c.outcomes.forEach((k, v) -> outcomes.merge(k, v, Long::sum));
        }

        StationStats toStats() {
            return new StationStats(code, Objects.requireNonNullElse(name, code), received, open, closed, merged,
                    overdueOpen, onTime, late, outcomes, rate(satisfied, rated));
        }
    }
}
