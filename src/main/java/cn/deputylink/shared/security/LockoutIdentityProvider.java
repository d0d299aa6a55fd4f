package cn.deputylink.shared.security;

import java.util.Date;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's own user store with a temporary lockout: {@code maxFailures} wrong passwords in a row
 * lock the account for {@code lockDuration}, after which it unlocks by itself and the count starts
 * again. Camunda's default instead delays each attempt and, after {@code loginMaxAttempts}, locks
 * the account for good until an administrator unlocks it, so anyone could shut out any user
 * ({@code demo} included) with a few wrong passwords. Every password check goes through here:
 * the webapps' login, {@code /engine-rest} Basic auth and our {@code /api} Basic auth all end in
 * {@code IdentityService.checkPassword}.
 */
public class LockoutIdentityProvider extends DbIdentityServiceProvider {

    private static final Logger log = LoggerFactory.getLogger(LockoutIdentityProvider.class);

    private final LoginLockoutProperties policy;

    public LockoutIdentityProvider(LoginLockoutProperties policy) {
        this.policy = policy;
    }

    /** Locked only while the lock set after the last of {@code maxFailures} failures has not expired. */
    @Override
    protected boolean isUserLocked(UserEntity user) {
        Date until = user.getLockExpirationTime();
        return until != null && until.after(ClockUtil.getCurrentTime());
    }

    @Override
    protected void lockUser(UserEntity user) {
        Date now = ClockUtil.getCurrentTime();
        boolean lockExpired = user.getLockExpirationTime() != null && !user.getLockExpirationTime().after(now);
        // the first failure after an expired lock starts a fresh count
        int failures = (lockExpired ? 0 : user.getAttempts()) + 1;
        Date until = null;
        if (failures >= policy.getMaxFailures()) {
            until = new Date(now.getTime() + policy.getLockDuration().toMillis());
            log.info("account {} locked until {} after {} wrong passwords", user.getId(), until, failures);
        }
        getIdentityInfoManager().updateUserLock(user, failures, until);
    }

    /** Hands the engine one provider per command, as Camunda's own factory does. */
    public static class Factory implements SessionFactory {

        private final LoginLockoutProperties policy;

        public Factory(LoginLockoutProperties policy) {
            this.policy = policy;
        }

        @Override
        public Class<?> getSessionType() {
            return LockoutIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new LockoutIdentityProvider(policy);
        }
    }
}
