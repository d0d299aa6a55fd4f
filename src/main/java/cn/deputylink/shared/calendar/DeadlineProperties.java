package cn.deputylink.shared.calendar;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code deputylink.deadlines.<name>: 15WD | P3M | ...}; each feature's config file adds its own. */
@ConfigurationProperties(prefix = "deputylink")
public class DeadlineProperties {

    private Map<String, String> deadlines = new LinkedHashMap<>();

    public Map<String, String> getDeadlines() {
        return deadlines;
    }

    public void setDeadlines(Map<String, String> deadlines) {
        this.deadlines = deadlines;
    }
}
