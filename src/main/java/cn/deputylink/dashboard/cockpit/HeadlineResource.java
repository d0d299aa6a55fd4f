package cn.deputylink.dashboard.cockpit;

import cn.deputylink.shared.identity.Roles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The headline figures for the Cockpit user. Cockpit has its own session (not the pages' login), so
 * the caller is read from Cockpit's authentication: supervisors, the liaison office and
 * administrators see the city's figures; anyone else gets 403 and the plugin says so.
 */
public class HeadlineResource extends AbstractCockpitPluginResource {

    public HeadlineResource(String engineName) {
        super(engineName);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        Authentication auth = getCurrentAuthentication();
        List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
        if (!groups.contains(Roles.SUPERVISORS) && !groups.contains(Roles.LIAISON_OFFICE)
                && !groups.contains(Roles.ADMIN)) {
            return Response.status(Response.Status.FORBIDDEN)
                    .entity("{\"message\":\"只有督办人员和人大代表工委可以查看督办看板\"}").type(MediaType.APPLICATION_JSON)
                    .build();
        }
        return Response.ok(CockpitHeadline.get().json(), MediaType.APPLICATION_JSON).build();
    }
}
