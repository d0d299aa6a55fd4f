package cn.deputylink.ledger;

import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.station.LiaisonStation;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way workflows write to a deputy's ledger. Each entry carries a source key, so a
 * retried service task writes it once: {@code ledger.recordFromWorkflow(...)} is idempotent.
 */
@Service
public class ActivityLedger {

    public static final String SYSTEM = "system";

    private final ActivityRecordRepository records;
    private final DeputyRepository deputies;

    public ActivityLedger(ActivityRecordRepository records, DeputyRepository deputies) {
        this.records = records;
        this.deputies = deputies;
    }

    /**
     * Records an activity observed by a workflow (an opinion received, a suggestion submitted, a
     * ballot cast), confirmed by construction.
     *
     * @param sourceKey unique per event, e.g. {@code suggestion-submitted:JY-2026-0042:D0007}
     */
    @Transactional
    public ActivityRecord recordFromWorkflow(String deputyCode, ActivityType type, LocalDate date,
                                             LiaisonStation station, String note, String sourceKey) {
        return records.findBySourceKey(sourceKey).orElseGet(() -> {
            Deputy deputy = deputies.findByCode(deputyCode).orElseThrow(() ->
                    new IllegalArgumentException("unknown deputy " + deputyCode));
            ActivityRecord record = new ActivityRecord(deputy, type, date, SYSTEM, false);
            record.setStation(station);
            record.setNote(note);
            record.setSourceKey(sourceKey);
            return records.save(record);
        });
    }

    /** How many entries of each type count for the deputy in the year (confirmed, not rejected). */
    @Transactional(readOnly = true)
    public Map<ActivityType, Long> countedEntries(Long deputyId, int year) {
        Map<ActivityType, Long> counts = new EnumMap<>(ActivityType.class);
        records.countConfirmedByType(deputyId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .forEach(c -> counts.put(c.getType(), c.getEntries()));
        return counts;
    }
}
