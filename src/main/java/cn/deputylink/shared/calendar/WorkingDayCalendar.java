package cn.deputylink.shared.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days under the Chinese holiday arrangement: Monday to Friday, minus public holidays,
 * plus make-up working Saturdays and Sundays (调休). A year without a configured arrangement
 * falls back to plain weekends and says so once in the log.
 */
public class WorkingDayCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final ZoneId zone;
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workdays = new HashSet<>();
    private final Set<Integer> configuredYears = new HashSet<>();
    private final Map<Integer, Boolean> warned = new ConcurrentHashMap<>();

    public WorkingDayCalendar(CalendarProperties properties) {
        this.zone = properties.getZone();
        properties.getYears().forEach((year, arrangement) -> {
            configuredYears.add(year);
            arrangement.getHolidays().forEach(entry -> expand(year, entry, holidays));
            arrangement.getWorkdays().forEach(entry -> expand(year, entry, workdays));
        });
        Set<LocalDate> both = new HashSet<>(holidays);
        both.retainAll(workdays);
        if (!both.isEmpty()) {
            throw new IllegalStateException("节假日配置冲突：以下日期既是假日又是调休工作日 " + both);
        }
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate date) {
        warnIfUnknown(date.getYear());
        if (workdays.contains(date)) {
            return true;
        }
        if (holidays.contains(date)) {
            return false;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code from} (not counting {@code from} itself); n ≥ 1. */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            return subtractWorkingDays(from, -n);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The n-th working day before {@code from} (not counting {@code from} itself). */
    public LocalDate subtractWorkingDays(LocalDate from, int n) {
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days in the half-open interval (from, to]; negative when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The deadline n working days after an instant: the end of the n-th working day after the
     * day the instant falls on, i.e. midnight at the start of the following calendar day.
     */
    public Instant endOfWorkingDaysAfter(Instant start, int n) {
        LocalDate day = addWorkingDays(start.atZone(zone).toLocalDate(), n);
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The end of the working day n working days before the day on which {@code deadline} ends. */
    public Instant endOfWorkingDaysBefore(Instant deadline, int n) {
        LocalDate lastDay = deadline.minusNanos(1).atZone(zone).toLocalDate();
        LocalDate day = subtractWorkingDays(lastDay, n);
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    private void warnIfUnknown(int year) {
        if (!configuredYears.contains(year) && warned.putIfAbsent(year, Boolean.TRUE) == null) {
            log.warn("未配置{}年节假日安排，该年按周六、周日休息计算工作日 (no holiday arrangement configured for {})",
                    year, year);
        }
    }

    private static void expand(int year, String entry, Set<LocalDate> into) {
        String text = entry.trim();
        int dots = text.indexOf("..");
        LocalDate first = LocalDate.parse(dots < 0 ? text : text.substring(0, dots).trim());
        LocalDate last = dots < 0 ? first : LocalDate.parse(text.substring(dots + 2).trim());
        if (last.isBefore(first)) {
            throw new IllegalStateException("节假日配置日期范围颠倒：" + entry);
        }
        if (first.getYear() != year && last.getYear() != year) {
            throw new IllegalStateException("节假日配置 " + entry + " 不在 " + year + " 年");
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            into.add(d);
        }
    }
}
