package cn.deputylink.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deputylink.shared.calendar.CalendarProperties;
import cn.deputylink.shared.calendar.Deadlines;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.support.ConfigFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WorkingDayCalendar calendar = ConfigFixtures.calendar();

    @Test
    void nationalDayWeekIsOffAndTheMakeUpSaturdayIsWorked() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("调休 Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("调休 Sunday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).as("ordinary Sunday").isFalse();
    }

    @Test
    void fifteenWorkingDaysAcrossNationalDay() {
        // assigned Wednesday 30 Sep 2026: Oct 1-7 off; 8, 9, 10 (make-up Saturday), 12-16, 19-23, 26, 27
        LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 15);
        assertThat(due).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), due)).isEqualTo(15);
    }

    @Test
    void springFestivalWithItsTwoMakeUpSaturdays() {
        // Friday 13 Feb 2026 + 1 working day is the make-up Saturday 14 Feb; then the holiday runs to 23 Feb
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 14), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2026, 2, 24), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
    }

    @Test
    void deadlineEndsAtMidnightAfterTheLastWorkingDayAndTheReminderComesBefore() {
        Deadlines deadlines = new Deadlines(calendar, Map.of("reply", "15WD", "reminder", "3WD",
                "feedback", "P7D", "answer", "P3M", "hours", "PT36H"));
        Date assigned = Date.from(ZonedDateTime.of(2026, 9, 30, 16, 45, 0, 0, SHANGHAI).toInstant());
        Date due = deadlines.dueFrom("reply", assigned);
        assertThat(due.toInstant()).isEqualTo(ZonedDateTime.of(2026, 10, 28, 0, 0, 0, 0, SHANGHAI).toInstant());
        // three working days before the end of 27 Oct: 22 Oct ends at midnight on the 23rd
        assertThat(deadlines.before("reminder", due).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 10, 23, 0, 0, 0, 0, SHANGHAI).toInstant());
        assertThat(deadlines.dueFrom("feedback", assigned).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 10, 7, 16, 45, 0, 0, SHANGHAI).toInstant());
        assertThat(deadlines.dueFrom("answer", assigned).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 12, 30, 16, 45, 0, 0, SHANGHAI).toInstant());
        assertThat(deadlines.dueFrom("hours", assigned).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 10, 2, 4, 45, 0, 0, SHANGHAI).toInstant());
        assertThat(deadlines.describe("reply")).isEqualTo("15个工作日");
    }

    @Test
    void cappedDeadlineNeverPassesTheCap() {
        Deadlines deadlines = new Deadlines(calendar, Map.of("max", "P6M"));
        Date start = Date.from(ZonedDateTime.of(2026, 1, 10, 9, 0, 0, 0, SHANGHAI).toInstant());
        Date wanted = Date.from(ZonedDateTime.of(2026, 9, 1, 9, 0, 0, 0, SHANGHAI).toInstant());
        assertThat(deadlines.capped(wanted, "max", start).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 7, 10, 9, 0, 0, 0, SHANGHAI).toInstant());
    }

    @Test
    void badConfigurationIsRefusedAtStart() {
        assertThatThrownBy(() -> new Deadlines(calendar, Map.of("reply", "fifteen days")))
                .hasMessageContaining("deputylink.deadlines.reply");
        assertThatThrownBy(() -> new Deadlines(calendar, Map.of()).due("missing"))
                .hasMessageContaining("未配置的期限");
        CalendarProperties clash = new CalendarProperties();
        CalendarProperties.Year year = new CalendarProperties.Year();
        year.setHolidays(List.of("2026-10-10"));
        year.setWorkdays(List.of("2026-10-10"));
        clash.getYears().put(2026, year);
        assertThatThrownBy(() -> new WorkingDayCalendar(clash)).hasMessageContaining("2026-10-10");
    }

    @Test
    void unconfiguredYearFallsBackToWeekends() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 10, 1))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 10, 4))).isFalse();
    }
}
