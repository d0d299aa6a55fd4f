package cn.deputylink.suggestion;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.identity.Roles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the suggestion workflow needs beyond the role groups' defaults, in every profile: deputies
 * start it (API or Tasklist start form). Departments, the office, supervisors and the deputy
 * reach their tasks through the candidate groups and assignees the engine authorizes itself.
 */
@Component
@Order(20)
public class SuggestionAuthorizations implements ApplicationRunner {

    private final IdentitySync identity;

    public SuggestionAuthorizations(IdentitySync identity) {
        this.identity = identity;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        identity.grant(Roles.DEPUTIES, PROCESS_DEFINITION, SuggestionProcess.PROCESS_ID, READ, CREATE_INSTANCE);
        identity.grant(Roles.DEPUTIES, PROCESS_INSTANCE, "*", CREATE);
    }
}
