package cn.deputylink.shared.identity;

/**
 * More that every working group (role, department or station group) may use, granted by
 * {@link RoleBootstrap#grantWorkGroup(String)} together with Tasklist access, so that a group
 * created later through the registry gets it too (e.g. the shared Tasklist filters). Must be
 * idempotent.
 */
public interface WorkGroupAccess {

    void grantTo(String groupId);
}
