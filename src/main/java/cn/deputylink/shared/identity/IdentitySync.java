package cn.deputylink.shared.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/**
 * Keeps Camunda's identity (users, groups, memberships, authorizations) in step with the domain:
 * departments become {@code dept-<code>}, stations {@code station-<code>} with their staff.
 *
 * <p>These are system actions taken on behalf of an already authorized API call, so they run
 * without the caller's engine authentication; every method is idempotent.
 */
@Service
public class IdentitySync {

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    public IdentitySync(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    public void ensureGroup(String id, String name, String type) {
        asSystem(() -> {
            Group group = identityService.createGroupQuery().groupId(id).singleResult();
            if (group == null) {
                group = identityService.newGroup(id);
                group.setName(threeByteSafe(name));
                group.setType(type);
                identityService.saveGroup(group);
            } else if (!threeByteSafe(name).equals(group.getName())) {
                group.setName(threeByteSafe(name));
                identityService.saveGroup(group);
            }
            return null;
        });
    }

    /** Creates the user when missing; an existing user keeps its password. */
    public void ensureUser(String id, String fullName, String password) {
        asSystem(() -> {
            if (identityService.createUserQuery().userId(id).count() == 0) {
                User user = identityService.newUser(id);
                user.setFirstName(threeByteSafe(fullName));
                user.setLastName("");
                user.setPassword(password);
                identityService.saveUser(user);
            }
            return null;
        });
    }

    /** Sets a new password (for a new account, a reset, or to lock a deactivated one). */
    public void setPassword(String id, String password) {
        asSystem(() -> {
            User user = identityService.createUserQuery().userId(id).singleResult();
            if (user == null) {
                throw new IllegalArgumentException("unknown user " + id);
            }
            user.setPassword(password);
            identityService.saveUser(user);
            return null;
        });
    }

    /** The ids of the groups the user is a member of. */
    public List<String> groupsOf(String userId) {
        return asSystem(() -> identityService.createGroupQuery().groupMember(userId).orderByGroupId().asc().list()
                .stream().map(Group::getId).toList());
    }

    /** The user's display name, or null when there is no such user. */
    public String userName(String userId) {
        return asSystem(() -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            return user == null ? null : (user.getFirstName() + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
        });
    }

    public boolean userExists(String id) {
        return asSystem(() -> identityService.createUserQuery().userId(id).count() > 0);
    }

    /** Which of the ids name Camunda users, asked in chunks (for checking a whole roster at once). */
    public Set<String> existingUsers(Collection<String> userIds) {
        List<String> ids = userIds.stream().distinct().toList();
        Set<String> existing = new HashSet<>();
        asSystem(() -> {
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(from + 500, ids.size()));
                identityService.createUserQuery().userIdIn(chunk.toArray(String[]::new)).list()
                        .forEach(u -> existing.add(u.getId()));
            }
            return null;
        });
        return existing;
    }

    /** The ids among {@code userIds} that name no Camunda user. */
    public List<String> unknownUsers(Collection<String> userIds) {
        return userIds.stream().filter(u -> !userExists(u)).toList();
    }

    public void ensureMember(String userId, String groupId) {
        asSystem(() -> {
            if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
                identityService.createMembership(userId, groupId);
            }
            return null;
        });
    }

    public void removeMember(String userId, String groupId) {
        asSystem(() -> {
            if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0) {
                identityService.deleteMembership(userId, groupId);
            }
            return null;
        });
    }

    /** Makes the group's members exactly {@code userIds}. */
    public void setMembers(String groupId, Collection<String> userIds) {
        asSystem(() -> {
            Set<String> wanted = new HashSet<>(userIds);
            Set<String> current = new HashSet<>();
            identityService.createUserQuery().memberOfGroup(groupId).list().forEach(u -> current.add(u.getId()));
            for (String gone : current) {
                if (!wanted.contains(gone)) {
                    identityService.deleteMembership(gone, groupId);
                }
            }
            for (String added : wanted) {
                if (!current.contains(added)) {
                    identityService.createMembership(added, groupId);
                }
            }
            return null;
        });
    }

    public List<String> members(String groupId) {
        return asSystem(() -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc()
                .list().stream().map(User::getId).toList());
    }

    /** Grants the permissions to a group on a resource id ("*" for all) unless already granted. */
    public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        asSystem(() -> {
            Authorization existing = authorizationService.createAuthorizationQuery()
                    .authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
            Authorization auth = existing != null ? existing
                    : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            if (existing == null) {
                auth.setGroupId(groupId);
                auth.setResource(resource);
                auth.setResourceId(resourceId);
            }
            boolean changed = existing == null;
            for (Permission p : permissions) {
                if (!auth.isPermissionGranted(p)) {
                    auth.addPermission(p);
                    changed = true;
                }
            }
            if (changed) {
                authorizationService.saveAuthorization(auth);
            }
            return null;
        });
    }

    /** Same as {@link #grant} for a single user. */
    public void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
        asSystem(() -> {
            Authorization existing = authorizationService.createAuthorizationQuery()
                    .authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .userIdIn(userId).resourceType(resource).resourceId(resourceId).singleResult();
            Authorization auth = existing != null ? existing
                    : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            if (existing == null) {
                auth.setUserId(userId);
                auth.setResource(resource);
                auth.setResourceId(resourceId);
            }
            Arrays.stream(permissions).forEach(auth::addPermission);
            authorizationService.saveAuthorization(auth);
            return null;
        });
    }

    /**
     * Camunda's own tables are 3-byte utf8 on MySQL: a display name with a character outside the
     * Basic Multilingual Plane (e.g. 𠮷) would fail there. The domain tables keep the exact name;
     * the engine gets it with such characters shown as "□".
     */
    public static String threeByteSafe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isSupplementaryCodePoint(cp)) {
                sb.append('□');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** Runs engine identity calls without the current caller's authorization checks. */
    public <T> T asSystem(Supplier<T> action) {
        Authentication previous = identityService.getCurrentAuthentication();
        if (previous == null) {
            return action.get();
        }
        identityService.clearAuthentication();
        try {
            return action.get();
        } finally {
            identityService.setAuthentication(previous);
        }
    }
}
