package cn.deputylink.review;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.identity.Roles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The liaison office starts the annual campaign (through the API or Tasklist's "start process").
 * Deputy reviews are started by the campaign's jobs and need no start permission; deputies,
 * staff and the office work their review tasks through the task's own identity links.
 */
@Component
@Order(5)
public class ReviewAuthorizations implements ApplicationRunner {

    private final IdentitySync identity;

    public ReviewAuthorizations(IdentitySync identity) {
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        identity.grant(Roles.LIAISON_OFFICE, PROCESS_DEFINITION, PerformanceReviewProcess.PROCESS_ID, CREATE_INSTANCE);
        identity.grant(Roles.LIAISON_OFFICE, PROCESS_INSTANCE, "*", CREATE);
    }
}
