package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.shared.calendar.Deadlines;
import cn.deputylink.support.ConfigFixtures;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The opinion deadlines of config/opinion.yml on the 2026 holiday calendar. */
class OpinionDeadlinesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final Deadlines deadlines = ConfigFixtures.deadlines();

    private static Date at(int y, int m, int d, int h) {
        return Date.from(ZonedDateTime.of(y, m, d, h, 0, 0, 0, SHANGHAI).toInstant());
    }

    @Test
    void fifteenWorkingDaysAcrossNationalDayCountTheMakeUpSaturday() {
        // assigned Mon 2026-09-28: 9-29, 9-30, then 10-1..10-7 off, 10-8, 10-9, Sat 10-10 (调休上班), 10-12 … 10-23
        Date due = deadlines.dueFrom("opinion-reply", at(2026, 9, 28, 15));
        assertThat(due).isEqualTo(at(2026, 10, 24, 0));
        assertThat(deadlines.describe("opinion-reply")).isEqualTo("15个工作日");
    }

    @Test
    void theMakeUpSaturdayCountsAsAWorkingDay() {
        // assigned on Fri 10-9: Sat 10-10 is day 1, so the 15th working day is Thu 10-29
        assertThat(deadlines.dueFrom("opinion-reply", at(2026, 10, 9, 10))).isEqualTo(at(2026, 10, 30, 0));
        // assigned on Sat 10-10 itself: counting starts on Mon 10-12
        assertThat(deadlines.dueFrom("opinion-reply", at(2026, 10, 10, 10))).isEqualTo(at(2026, 10, 31, 0));
    }

    @Test
    void theReminderComesThreeWorkingDaysBeforeSkippingTheHolidayWeek() {
        Date due = at(2026, 10, 10, 0); // end of Fri 10-9
        // three working days before 10-9: 10-8, then back over the holiday to 9-30 and 9-29 → end of 9-29
        assertThat(deadlines.before("opinion-reply-reminder", due)).isEqualTo(at(2026, 9, 30, 0));
    }

    @Test
    void theRatingWindowIsSevenCalendarDays() {
        assertThat(deadlines.dueFrom("opinion-feedback", at(2026, 9, 30, 9))).isEqualTo(at(2026, 10, 7, 9));
    }
}
