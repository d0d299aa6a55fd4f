package cn.deputylink.dashboard.cockpit;

import cn.deputylink.dashboard.DashboardFilter;
import cn.deputylink.dashboard.DashboardScope;
import cn.deputylink.dashboard.DashboardService;
import cn.deputylink.dashboard.Figure;
import cn.deputylink.dashboard.OverdueLedger;
import cn.deputylink.opinion.OpinionAccess;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The bridge from Cockpit's JAX-RS resources (created by the webapp, not by Spring) to the
 * dashboard's figures: the same headline the page shows, for the whole current year.
 */
@Component
public class CockpitHeadline {

    private static volatile CockpitHeadline instance;

    private final DashboardService dashboards;
    private final OverdueLedger ledger;
    private final WorkingDayCalendar calendar;
    private final ObjectMapper json;

    public CockpitHeadline(DashboardService dashboards, OverdueLedger ledger, WorkingDayCalendar calendar,
                           ObjectMapper json) {
        this.dashboards = dashboards;
        this.ledger = ledger;
        this.calendar = calendar;
        this.json = json;
        instance = this;
    }

    static CockpitHeadline get() {
        if (instance == null) {
            throw new IllegalStateException("dashboard not started");
        }
        return instance;
    }

    String json() {
        DashboardScope everything = new DashboardScope(new OpinionAccess.Scope(true, List.of(), List.of()));
        int year = calendar.today(ClockUtil.getCurrentTime().toInstant()).getYear();
        DashboardFilter filter = DashboardFilter.ofYear(year);
        List<Figure> headline = dashboards.headline(filter, everything);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", filter.label());
        out.put("overdueCases", ledger.entries(everything).size());
        out.put("figures", headline.stream().map(f -> Map.of("label", f.label(), "value", f.value(),
                "parts", f.parts() == null ? "" : f.parts(), "definition", f.definition())).toList());
        out.put("link", "/dashboard");
        try {
            return json.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
