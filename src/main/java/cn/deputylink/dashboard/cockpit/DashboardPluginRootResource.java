package cn.deputylink.dashboard.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** {@code /camunda/api/cockpit/plugin/deputylink-dashboard/...}: the plugin's assets and its figures. */
@Path("plugin/" + DashboardCockpitPlugin.ID)
public class DashboardPluginRootResource extends AbstractCockpitPluginRootResource {

    public DashboardPluginRootResource() {
        super(DashboardCockpitPlugin.ID);
    }

    @Path("{engineName}/headline")
    public HeadlineResource headline(@PathParam("engineName") String engineName) {
        return subResource(new HeadlineResource(engineName), engineName);
    }
}
