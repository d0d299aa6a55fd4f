package cn.deputylink.shared.calendar;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The official holiday arrangement per year (国务院办公厅节假日安排): rest days on weekdays
 * ({@code holidays}) and make-up working days on weekends ({@code workdays}, 调休上班).
 * Entries are ISO dates or ranges {@code 2026-10-01..2026-10-07}. See config/calendar.yml.
 */
@ConfigurationProperties(prefix = "deputylink.calendar")
public class CalendarProperties {

    /** The time zone in which working days begin and end. */
    private ZoneId zone = ZoneId.of("Asia/Shanghai");

    private Map<Integer, Year> years = new LinkedHashMap<>();

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    public Map<Integer, Year> getYears() {
        return years;
    }

    public void setYears(Map<Integer, Year> years) {
        this.years = years;
    }

    public static class Year {
        private List<String> holidays = List.of();
        private List<String> workdays = List.of();
        /** True while the year's arrangement is projected from the statutory rules, not yet published. */
        private boolean provisional;

        public List<String> getHolidays() {
            return holidays;
        }

        public void setHolidays(List<String> holidays) {
            this.holidays = holidays;
        }

        public List<String> getWorkdays() {
            return workdays;
        }

        public void setWorkdays(List<String> workdays) {
            this.workdays = workdays;
        }

        public boolean isProvisional() {
            return provisional;
        }

        public void setProvisional(boolean provisional) {
            this.provisional = provisional;
        }
    }
}
