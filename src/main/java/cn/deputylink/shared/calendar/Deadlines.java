package cn.deputylink.shared.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Every deadline of every workflow, looked up by name from configuration
 * ({@code deputylink.deadlines.<name>}), so that no duration is written in Java or BPMN.
 * Published as the bean {@code deadlines} for timer expressions:
 *
 * <pre>
 * &lt;timeDate&gt;${deadlines.due('opinion-reply')}&lt;/timeDate&gt;
 * &lt;timeDate&gt;${deadlines.before('opinion-reply-reminder', replyDue)}&lt;/timeDate&gt;
 * </pre>
 *
 * A value is either working days, {@code 15WD} (counted with the holiday calendar, ending at
 * midnight after the last working day), or an ISO-8601 period or duration such as {@code P3M},
 * {@code P7D} or {@code PT2H} (calendar time). "Now" is the engine clock, so tests move it.
 */
public class Deadlines {

    private static final Pattern WORKING_DAYS = Pattern.compile("^(\\d+)\\s*WD$", Pattern.CASE_INSENSITIVE);

    private final WorkingDayCalendar calendar;
    private final Map<String, String> specs;

    public Deadlines(WorkingDayCalendar calendar, Map<String, String> specs) {
        this.calendar = calendar;
        this.specs = Map.copyOf(specs);
        this.specs.forEach((name, spec) -> parse(name, spec));
    }

    /** The deadline named {@code name}, counted from the engine's now. */
    public Date due(String name) {
        return dueFrom(name, ClockUtil.getCurrentTime());
    }

    /** The deadline named {@code name}, counted from {@code start}. */
    public Date dueFrom(String name, Date start) {
        Spec spec = spec(name);
        Instant from = start.toInstant();
        if (spec.workingDays() != null) {
            return Date.from(calendar.endOfWorkingDaysAfter(from, spec.workingDays()));
        }
        ZonedDateTime zoned = from.atZone(calendar.zone());
        return Date.from(zoned.plus(spec.period()).plus(spec.duration()).toInstant());
    }

    /** A reminder: the span named {@code name} before {@code deadline}. */
    public Date before(String name, Date deadline) {
        Spec spec = spec(name);
        Instant at = deadline.toInstant();
        if (spec.workingDays() != null) {
            return Date.from(calendar.endOfWorkingDaysBefore(at, spec.workingDays()));
        }
        ZonedDateTime zoned = at.atZone(calendar.zone());
        return Date.from(zoned.minus(spec.period()).minus(spec.duration()).toInstant());
    }

    /** The later of two deadlines is never past a cap: {@code min(candidate, capName from start)}. */
    public Date capped(Date candidate, String capName, Date start) {
        Date cap = dueFrom(capName, start);
        return candidate.after(cap) ? cap : candidate;
    }

    /** The configured text of a deadline, e.g. {@code 15WD}, for display. */
    public String describe(String name) {
        Spec spec = spec(name);
        if (spec.workingDays() != null) {
            return spec.workingDays() + "个工作日";
        }
        return specs.get(name);
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    private Spec spec(String name) {
        String text = specs.get(name);
        if (text == null) {
            throw new IllegalArgumentException("未配置的期限：deputylink.deadlines." + name);
        }
        return parse(name, text);
    }

    private static Spec parse(String name, String text) {
        String t = text.trim();
        Matcher m = WORKING_DAYS.matcher(t);
        if (m.matches()) {
            return new Spec(Integer.parseInt(m.group(1)), Period.ZERO, Duration.ZERO);
        }
        try {
            int timeAt = t.indexOf('T');
            if (timeAt < 0) {
                return new Spec(null, Period.parse(t), Duration.ZERO);
            }
            Period period = timeAt > 1 ? Period.parse(t.substring(0, timeAt)) : Period.ZERO;
            Duration duration = Duration.parse("P" + t.substring(timeAt));
            return new Spec(null, period, duration);
        } catch (RuntimeException e) {
            throw new IllegalStateException("期限配置无效：deputylink.deadlines." + name + "=" + text
                    + "（应为如 15WD 的工作日数，或如 P3M、P7D、PT2H 的 ISO-8601 期限）", e);
        }
    }

    private record Spec(Integer workingDays, Period period, Duration duration) {
    }
}
