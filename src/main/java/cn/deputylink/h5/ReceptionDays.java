package cn.deputylink.h5;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** A station's 接待选民日 as stored ("10,25": days of the month) and the next one from a date. */
public record ReceptionDays(List<Integer> days) {

    public static ReceptionDays parse(String stored) {
        TreeSet<Integer> days = new TreeSet<>();
        if (stored != null) {
            for (String part : stored.split("[,，、\\s]+")) {
                try {
                    int d = Integer.parseInt(part.strip());
                    if (d >= 1 && d <= 31) {
                        days.add(d);
                    }
                } catch (NumberFormatException ignored) {
                    // not a day: skipped
                }
            }
        }
        return new ReceptionDays(new ArrayList<>(days));
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    /** "每月 10 日、25 日". */
    public String label() {
        if (days.isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder("每月 ");
        for (int i = 0; i < days.size(); i++) {
            s.append(i == 0 ? "" : "、").append(days.get(i)).append(" 日");
        }
        return s.toString();
    }

    /** The first reception day on or after {@code from} (a day 31 in a short month falls on its last day). */
    public LocalDate nextFrom(LocalDate from) {
        if (days.isEmpty()) {
            return null;
        }
        for (int m = 0; m < 13; m++) {
            LocalDate month = from.withDayOfMonth(1).plusMonths(m);
            for (int d : days) {
                LocalDate date = month.withDayOfMonth(Math.min(d, month.lengthOfMonth()));
                if (!date.isBefore(from)) {
                    return date;
                }
            }
        }
        return null;
    }
}
