package cn.deputylink.dashboard;

import cn.deputylink.shared.calendar.WorkingDayCalendar;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps table working_day_ordinal in step with the holiday calendar (config/calendar.yml): the
 * ordinal of a day is the number of working days from the first kept day up to and including it, so
 * {@code ordinal(b) - ordinal(a)} equals {@link WorkingDayCalendar#workingDaysBetween(LocalDate, LocalDate)}.
 * Runs on every start and rewrites only the rows that differ (a changed holiday arrangement shifts
 * the ordinals after it).
 */
@Component
@Order(0)
public class WorkingDayOrdinals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WorkingDayOrdinals.class);

    private final JdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final DashboardProperties properties;

    public WorkingDayOrdinals(JdbcTemplate jdbc, WorkingDayCalendar calendar, DashboardProperties properties) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        refresh();
    }

    @Transactional
    public int refresh() {
        LocalDate first = LocalDate.of(properties.getOrdinalFirstYear(), 1, 1);
        LocalDate last = LocalDate.of(LocalDate.now(ZoneId.of("UTC")).getYear() + properties.getOrdinalYearsAhead(),
                12, 31);
        Map<LocalDate, Integer> existing = new HashMap<>();
        jdbc.query("SELECT calendar_day, ordinal FROM working_day_ordinal",
                rs -> { existing.put(rs.getDate(1).toLocalDate(), rs.getInt(2)); });
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int ordinal = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            boolean working = calendar.isWorkingDay(d);
            if (working) {
                ordinal++;
            }
            Integer old = existing.get(d);
            if (old == null) {
                inserts.add(new Object[] {Date.valueOf(d), ordinal, working});
            } else if (old != ordinal) {
                updates.add(new Object[] {ordinal, working, Date.valueOf(d)});
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO working_day_ordinal (calendar_day, ordinal, working) VALUES (?, ?, ?)", inserts);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE working_day_ordinal SET ordinal = ?, working = ? WHERE calendar_day = ?", updates);
        }
        if (!inserts.isEmpty() || !updates.isEmpty()) {
            log.info("Working-day ordinals {}..{}: {} added, {} corrected", first, last, inserts.size(), updates.size());
        }
        return inserts.size() + updates.size();
    }
}
