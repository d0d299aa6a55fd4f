package cn.deputylink.ledger;

import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyService;
import cn.deputylink.ledger.LedgerDtos.EntryView;
import cn.deputylink.ledger.LedgerDtos.LedgerView;
import cn.deputylink.ledger.LedgerDtos.RecordActivity;
import cn.deputylink.ledger.LedgerDtos.TypeTotal;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.export.XlsxExport;
import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.shared.web.PageResponse;
import cn.deputylink.station.LiaisonStation;
import cn.deputylink.station.StationRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deputy's ledger (履职档案) as people use it: station staff and deputies record activities,
 * staff confirm what deputies reported themselves, and anyone entitled reads the year with its
 * totals per type or takes it to Excel.
 */
@Service
public class LedgerService {

    static final List<String> EXPORT_HEADERS = List.of("日期", "履职类型", "次数", "时长（小时）", "站点", "说明",
            "登记人", "来源", "确认情况");

    private final ActivityRecordRepository records;
    private final DeputyService deputies;
    private final StationRepository stations;
    private final DeputyAccess access;
    private final CurrentUser currentUser;
    private final WorkingDayCalendar calendar;

    public LedgerService(ActivityRecordRepository records, DeputyService deputies, StationRepository stations,
                         DeputyAccess access, CurrentUser currentUser, WorkingDayCalendar calendar) {
        this.records = records;
        this.deputies = deputies;
        this.stations = stations;
        this.access = access;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    @Transactional
    public EntryView record(String deputyCode, RecordActivity request) {
        Deputy deputy = deputies.get(deputyCode);
        access.requireRecord(deputy);
        if (!request.type().isActivity()) {
            throw new InvalidInputException("type", "年度履职评价结果由评议流程归档，不能手工登记");
        }
        LocalDate today = today();
        if (request.date().isAfter(today)) {
            throw new InvalidInputException("date", "活动日期不能晚于今天");
        }
        if (request.date().getYear() < 2000) {
            throw new InvalidInputException("date", "活动日期有误");
        }
        LiaisonStation station = null;
        if (request.stationCode() != null && !request.stationCode().isBlank()) {
            station = stations.findByCode(request.stationCode().strip()).orElseThrow(() ->
                    new InvalidInputException("stationCode", "站点不存在：" + request.stationCode()));
        }
        boolean selfReported = access.isSelf(deputy);
        ActivityRecord record = new ActivityRecord(deputy, request.type(), request.date(), currentUser.require(),
                selfReported);
        record.setStation(station);
        record.setHours(request.hours() == null ? null : request.hours().setScale(1, RoundingMode.HALF_UP));
        record.setNote(blankToNull(request.note()));
        return EntryView.of(records.save(record));
    }

    @Transactional
    public EntryView confirm(String deputyCode, long id) {
        ActivityRecord record = pendingEntry(deputyCode, id);
        record.confirm(currentUser.require(), now());
        return EntryView.of(record);
    }

    @Transactional
    public EntryView reject(String deputyCode, long id, String reason) {
        ActivityRecord record = pendingEntry(deputyCode, id);
        record.reject(currentUser.require(), now(), reason.strip());
        return EntryView.of(record);
    }

    private ActivityRecord pendingEntry(String deputyCode, long id) {
        Deputy deputy = deputies.get(deputyCode);
        access.requireConfirm(deputy);
        ActivityRecord record = records.findById(id).filter(r -> r.getDeputy().getId().equals(deputy.getId()))
                .orElseThrow(() -> NotFoundException.of("履职记录", id));
        if (!record.isPending()) {
            throw new ConflictException("该履职记录已处理（" + EntryView.status(record) + "）");
        }
        return record;
    }

    @Transactional(readOnly = true)
    public LedgerView ledger(String deputyCode, Integer year) {
        Deputy deputy = deputies.get(deputyCode);
        access.requireView(deputy);
        int y = year(year);
        List<ActivityRecord> entries = records.findLedger(deputy, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        List<TypeTotal> totals = Arrays.stream(ActivityType.values()).filter(ActivityType::isActivity)
                .map(type -> total(type, entries)).toList();
        long counted = entries.stream().filter(r -> r.counts() && r.getType().isActivity()).count();
        return new LedgerView(deputy.getCode(), deputy.getName(), y, counted, totals,
                entries.stream().map(EntryView::of).toList());
    }

    /** The year's ledger as a spreadsheet: every entry, then the totals per type. */
    @Transactional(readOnly = true)
    public Export export(String deputyCode, Integer year) {
        LedgerView ledger = ledger(deputyCode, year);
        List<List<?>> rows = new ArrayList<>();
        for (EntryView e : ledger.entries()) {
            rows.add(Arrays.asList(e.date(), e.typeLabel(), 1, e.hours(), e.stationName(), e.note(), e.recordedBy(),
                    e.source(), e.rejected() ? e.status() + "：" + e.rejectedReason() : e.status()));
        }
        rows.add(List.of());
        for (TypeTotal t : ledger.totals()) {
            rows.add(Arrays.asList("合计", t.label(), t.count(), t.hours(), null,
                    t.pending() > 0 ? "另有 " + t.pending() + " 条待确认" : null, null, null, null));
        }
        byte[] bytes = XlsxExport.table(ledger.year() + "年履职档案", EXPORT_HEADERS, rows);
        String fileName = "履职档案-" + ledger.deputyCode() + "-" + ledger.deputyName() + "-" + ledger.year() + ".xlsx";
        return new Export(fileName, bytes);
    }

    @Transactional(readOnly = true)
    public PageResponse<EntryView> pending(int page, int size) {
        Pageable pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by("activityDate", "id"));
        if (access.administers()) {
            return PageResponse.of(records.findPending(pageable), EntryView::of);
        }
        List<String> mine = currentUser.stationCodes();
        if (mine.isEmpty()) {
            return new PageResponse<>(List.of(), 0, pageable.getPageNumber(), pageable.getPageSize());
        }
        return PageResponse.of(records.findPendingForStations(mine, pageable), EntryView::of);
    }

    private static TypeTotal total(ActivityType type, List<ActivityRecord> entries) {
        long count = 0;
        long pending = 0;
        BigDecimal hours = BigDecimal.ZERO.setScale(1);
        for (ActivityRecord r : entries) {
            if (r.getType() != type) {
                continue;
            }
            if (r.counts()) {
                count++;
                if (r.getHours() != null) {
                    hours = hours.add(r.getHours());
                }
            } else if (r.isPending()) {
                pending++;
            }
        }
        return new TypeTotal(type, type.label(), count, hours, pending);
    }

    private int year(Integer year) {
        if (year == null) {
            return today().getYear();
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "年度应在 2000 至 2100 之间");
        }
        return year;
    }

    private LocalDate today() {
        return calendar.today(ClockUtil.getCurrentTime().toInstant());
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public record Export(String fileName, byte[] bytes) {
    }
}
