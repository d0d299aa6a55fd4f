package cn.deputylink.dashboard.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit dashboard plugin (plugin point {@code cockpit.dashboard}): the headline figures of
 * the supervisors' dashboard and a link to {@code /dashboard}, for supervisors who live in Cockpit.
 * Found by Cockpit through META-INF/services; its script is plugin-webapp/deputylink-dashboard/app/plugin.js.
 */
public class DashboardCockpitPlugin extends AbstractCockpitPlugin {

    public static final String ID = "deputylink-dashboard";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(DashboardPluginRootResource.class);
    }
}
