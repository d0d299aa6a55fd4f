package cn.deputylink.shared.history;

import cn.deputylink.shared.security.CurrentUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change history of registry records (stations, deputies, groups, departments, accounts): each
 * write records who made it, when, and the fields that changed with their old and new values,
 * in the same transaction as the write. Personal data of citizens never goes in here.
 */
@Service
public class ChangeHistory {

    public static final String STATION = "STATION";
    public static final String DEPUTY = "DEPUTY";
    public static final String GROUP = "GROUP";
    public static final String DEPARTMENT = "DEPARTMENT";
    public static final String ACCOUNT = "ACCOUNT";
    public static final String TERM = "TERM";

    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String DEACTIVATED = "DEACTIVATED";

    private final RegistryChangeRepository changes;
    private final CurrentUser currentUser;

    public ChangeHistory(RegistryChangeRepository changes, CurrentUser currentUser) {
        this.changes = changes;
        this.currentUser = currentUser;
    }

    /** A record's fields as people read them, label → value, for {@link #diff}. */
    public static Map<String, String> fields(Object... labelValuePairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < labelValuePairs.length; i += 2) {
            Object v = labelValuePairs[i + 1];
            fields.put((String) labelValuePairs[i], v == null ? "" : v.toString());
        }
        return fields;
    }

    /** "名称：旧 → 新；地址：（空） → 新" for the fields whose value changed. */
    public static String diff(Map<String, String> before, Map<String, String> after) {
        List<String> parts = new ArrayList<>();
        after.forEach((label, value) -> {
            String old = before.getOrDefault(label, "");
            if (!Objects.equals(old, value)) {
                parts.add(label + "：" + shown(old) + " → " + shown(value));
            }
        });
        return String.join("；", parts);
    }

    public static String describe(Map<String, String> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((label, value) -> {
            if (!value.isEmpty()) {
                parts.add(label + "：" + value);
            }
        });
        return String.join("；", parts);
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "（空）" : value;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String type, String code, Map<String, String> fields) {
        record(type, code, CREATED, describe(fields));
    }

    /** Records an update when something changed; nothing when the record is the same. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String type, String code, Map<String, String> before, Map<String, String> after) {
        String diff = diff(before, after);
        if (!diff.isEmpty()) {
            record(type, code, UPDATED, diff);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String type, String code, String action, String summary) {
        changes.save(new RegistryChange(type, code, action, currentUser.id().orElse("system"),
                ClockUtil.getCurrentTime().toInstant(), summary.isEmpty() ? "（无字段变化）" : summary));
    }

    @Transactional(readOnly = true)
    public List<RegistryChange> of(String type, String code) {
        return changes.findByRecordTypeAndRecordCodeOrderByChangedAtDescIdDesc(type, code);
    }

    public static String actionLabel(String action) {
        return switch (action) {
            case CREATED -> "新建";
            case UPDATED -> "修改";
            case DEACTIVATED -> "停用";
            default -> action;
        };
    }
}
