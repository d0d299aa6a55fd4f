package cn.deputylink.shared.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the role groups of DESIGN §1 and what each may open, in every profile: the groups are
 * part of the product, not demo data. Department and station groups get theirs from
 * {@link #grantWorkGroup(String)} when they are created.
 */
@Component
@Order(0)
public class RoleBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoleBootstrap.class);

    private final IdentitySync identity;
    private final ObjectProvider<WorkGroupAccess> moreAccess;

    public RoleBootstrap(IdentitySync identity, ObjectProvider<WorkGroupAccess> moreAccess) {
        this.identity = identity;
        this.moreAccess = moreAccess;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Roles.RoleGroup role : Roles.ROLE_GROUPS) {
            identity.ensureGroup(role.id(), role.name(), "WORKFLOW");
            grantWorkGroup(role.id());
        }
        for (String overseer : new String[] {Roles.SUPERVISORS, Roles.LIAISON_OFFICE}) {
            identity.grant(overseer, APPLICATION, "cockpit", ACCESS);
            identity.grant(overseer, PROCESS_DEFINITION, "*", READ, READ_HISTORY, READ_INSTANCE, READ_TASK);
            identity.grant(overseer, PROCESS_INSTANCE, "*", READ);
            identity.grant(overseer, TASK, "*", READ);
            identity.grant(overseer, DEPLOYMENT, "*", READ);
            identity.grant(overseer, DECISION_DEFINITION, "*", READ, READ_HISTORY);
        }
        log.info("role groups and their authorizations are in place");
    }

    /** What every working group needs to use Tasklist: the app, process names, people's names. */
    public void grantWorkGroup(String groupId) {
        identity.grant(groupId, APPLICATION, "tasklist", ACCESS);
        identity.grant(groupId, PROCESS_DEFINITION, "*", READ);
        identity.grant(groupId, USER, "*", READ);
        identity.grant(groupId, GROUP, "*", READ);
        moreAccess.orderedStream().forEach(access -> access.grantTo(groupId));
    }
}
