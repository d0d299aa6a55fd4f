package cn.deputylink.registry.pages;

import cn.deputylink.shared.history.ChangeHistory;
import cn.deputylink.shared.history.RegistryChange;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** Small conversions shared by the registry's page controllers. */
final class Pages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private Pages() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Items of a text field separated by 、，, ; or spaces. */
    static List<String> list(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("[、，,；;\\s]+")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A change as the history list shows it. */
    record ChangeLine(String when, String who, String action, String what) {
    }

    static List<ChangeLine> changes(List<RegistryChange> changes) {
        return changes.stream().map(c -> new ChangeLine(WHEN.format(c.getChangedAt()), c.getChangedBy(),
                ChangeHistory.actionLabel(c.getAction()), c.getSummary())).toList();
    }
}
