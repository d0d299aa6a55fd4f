package cn.deputylink.ledger;

import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.station.LiaisonStation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of ledger entries (2026) for the demo deputies, so the annual review has something to
 * score: varied on purpose — diligent deputies and idle ones, an excused and an unexcused absence
 * from the session — and one self-report of D010 waiting for staff-ty-xl to confirm.
 */
@Component
@Profile("demo")
@Order(20)
public class LedgerDemoData implements ApplicationRunner {

    static final int YEAR = 2026;
    private static final Logger log = LoggerFactory.getLogger(LedgerDemoData.class);

    private final ActivityRecordRepository records;
    private final DeputyRepository deputies;

    public LedgerDemoData(ActivityRecordRepository records, DeputyRepository deputies) {
        this.records = records;
        this.deputies = deputies;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (records.findBySourceKey(key("D001", ActivityType.SESSION_ATTENDANCE, 0)).isPresent()
                || deputies.findByCode("D001").isEmpty()) {
            return;
        }
        int entries = 0;
        for (int i = 1; i <= 40; i++) {
            String code = String.format("D%03d", i);
            Deputy deputy = deputies.findByCode(code).orElse(null);
            if (deputy == null) {
                continue;
            }
            List<LiaisonStation> stations = deputy.getStations().stream()
                    .sorted(Comparator.comparing(LiaisonStation::getCode)).toList();
            LiaisonStation station = stations.isEmpty() ? null : stations.get(stations.size() - 1);
            ActivityType session = i == 37 ? ActivityType.SESSION_UNEXCUSED_ABSENCE
                    : i % 13 == 0 ? ActivityType.SESSION_EXCUSED_ABSENCE : ActivityType.SESSION_ATTENDANCE;
            entries += add(deputy, station, session, 1, LocalDate.of(YEAR, 1, 12), null);
            entries += add(deputy, station, ActivityType.STATION_DUTY_DAY, (i * 7) % 15, LocalDate.of(YEAR, 1, 20),
                    new BigDecimal("4.0"));
            entries += add(deputy, station, ActivityType.CONSTITUENT_RECEPTION, i % 6, LocalDate.of(YEAR, 3, 15),
                    new BigDecimal("3.0"));
            entries += add(deputy, station, ActivityType.INSPECTION, i % 4, LocalDate.of(YEAR, 4, 8), null);
            entries += add(deputy, station, ActivityType.SURVEY, i % 3, LocalDate.of(YEAR, 5, 19), null);
            entries += add(deputy, station, ActivityType.TRAINING, 1 + i % 3, LocalDate.of(YEAR, 6, 2),
                    new BigDecimal("6.0"));
            entries += add(deputy, station, ActivityType.HOUSEHOLD_VISIT, (i * 3) % 13, LocalDate.of(YEAR, 2, 26),
                    new BigDecimal("1.5"));
            entries += add(deputy, station, ActivityType.SUGGESTION_SUBMITTED, i % 5, LocalDate.of(YEAR, 1, 13), null);
            entries += add(deputy, station, ActivityType.STANDING_COMMITTEE_ATTENDANCE, i % 7 == 0 ? 2 : 0,
                    LocalDate.of(YEAR, 8, 27), null);
        }
        deputies.findByCode("D010").ifPresent(d -> {
            ActivityRecord pending = new ActivityRecord(d, ActivityType.HOUSEHOLD_VISIT, LocalDate.of(YEAR, 10, 20),
                    "d010", true);
            pending.setNote("走访茶园联系户，了解茶叶收购价格问题");
            pending.setSourceKey("demo-ledger:D010:self-report");
            records.save(pending);
        });
        log.info("demo ledger {}: {} entries for the demo deputies", YEAR, entries);
    }

    /** {@code n} confirmed entries about every three weeks from {@code first}, recorded by the station's staff. */
    private int add(Deputy deputy, LiaisonStation station, ActivityType type, int n, LocalDate first, BigDecimal hours) {
        for (int k = 0; k < n; k++) {
            LocalDate date = first.plusDays(21L * k);
            if (date.getYear() != YEAR || date.isAfter(LocalDate.of(YEAR, 11, 15))) {
                date = LocalDate.of(YEAR, 11, 15).minusDays(k);
            }
            String by = station == null ? "office" : "staff-" + station.getCode();
            ActivityRecord record = new ActivityRecord(deputy, type, date, by, false);
            record.setStation(station);
            record.setHours(hours);
            record.setNote(type.label());
            record.setSourceKey(key(deputy.getCode(), type, k));
            records.save(record);
        }
        return n;
    }

    private static String key(String deputyCode, ActivityType type, int k) {
        return "demo-ledger:" + YEAR + ":" + deputyCode + ":" + type.name() + ":" + k;
    }
}
