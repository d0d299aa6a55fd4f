package cn.deputylink.vote;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.vote.workflow.LivelihoodVoteProcess;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the vote needs beyond the role groups' defaults, in every profile: the liaison office
 * launches votes (starts livelihood-vote through the API as itself). Everything else runs in the
 * engine's jobs or on tasks, whose candidate groups and assignees carry their own permissions.
 */
@Component
@Order(5)
public class VoteAuthorizations implements ApplicationRunner {

    private final IdentitySync identity;

    public VoteAuthorizations(IdentitySync identity) {
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        identity.grant(Roles.LIAISON_OFFICE, PROCESS_DEFINITION, LivelihoodVoteProcess.PROCESS_ID, CREATE_INSTANCE);
        identity.grant(Roles.LIAISON_OFFICE, PROCESS_INSTANCE, "*", CREATE);
    }
}
