package cn.deputylink.shared.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Installs {@link LockoutIdentityProvider} in the engine, and lets the office see and lift locks.
 */
@Component
public class LoginLockout extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);

    public record LockedAccount(String userId, String name, int failures, Instant lockedUntil) {
    }

    private final LoginLockoutProperties policy;
    private final ObjectProvider<ProcessEngine> engine;
    private final ObjectProvider<JdbcTemplate> jdbc;

    public LoginLockout(LoginLockoutProperties policy, ObjectProvider<ProcessEngine> engine,
                        ObjectProvider<JdbcTemplate> jdbc) {
        this.policy = policy;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (policy.getMaxFailures() < 1 || policy.getLockDuration().isNegative() || policy.getLockDuration().isZero()) {
            throw new IllegalStateException("deputylink.security.login-lockout: max-failures must be at least 1 "
                    + "and lock-duration positive");
        }
        configuration.setIdentityProviderSessionFactory(new LockoutIdentityProvider.Factory(policy));
        // kept in step for anything in the engine that reads it; the provider decides alone
        configuration.setLoginMaxAttempts(policy.getMaxFailures());
    }

    public LoginLockoutProperties policy() {
        return policy;
    }

    /** Accounts locked now (engine clock), the lock ending soonest first. */
    public List<LockedAccount> locked() {
        String table = configuration().getDatabaseTablePrefix() + "ACT_ID_USER";
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        return jdbc.getObject().query("SELECT ID_, FIRST_, LAST_, ATTEMPTS_, LOCK_EXP_TIME_ FROM " + table
                        + " WHERE LOCK_EXP_TIME_ > ? ORDER BY LOCK_EXP_TIME_, ID_",
                (rs, i) -> new LockedAccount(rs.getString(1), name(rs.getString(2), rs.getString(3)), rs.getInt(4),
                        rs.getTimestamp(5).toInstant()), now);
    }

    /** Lifts the lock and the failure count; false when no such user exists. */
    public boolean unlock(String userId, String by) {
        Boolean found = configuration().getCommandExecutorTxRequired().execute(ctx -> {
            User user = ctx.runWithoutAuthorization(() -> ctx.getReadOnlyIdentityProvider().findUserById(userId));
            if (!(user instanceof UserEntity entity)) {
                return false;
            }
            ctx.getIdentityInfoManager().updateUserLock(entity, 0, null);
            return true;
        });
        if (Boolean.TRUE.equals(found)) {
            log.info("account {} unlocked by {}", userId, by);
        }
        return Boolean.TRUE.equals(found);
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    }

    private static String name(String first, String last) {
        String name = (first == null ? "" : first) + (last == null ? "" : last);
        return name.isBlank() ? null : name.strip();
    }
}
