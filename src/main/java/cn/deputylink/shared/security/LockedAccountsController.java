package cn.deputylink.shared.security;

import cn.deputylink.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/security/locked-accounts")
@Tag(name = "账户安全", description = "连续输错密码而被临时锁定的账户")
@OfficeOrAdmin
public class LockedAccountsController {

    private final LoginLockout lockout;
    private final CurrentUser currentUser;

    public LockedAccountsController(LoginLockout lockout, CurrentUser currentUser) {
        this.lockout = lockout;
        this.currentUser = currentUser;
    }

    public record LockedAccounts(int maxFailures, Duration lockDuration, List<LoginLockout.LockedAccount> accounts) {
    }

    public record Unlocked(String userId, boolean unlocked) {
    }

    @GetMapping
    @Operation(summary = "被锁定的账户", description = "连续输错密码达到次数后临时锁定、尚未到期的账户及解锁时间")
    public LockedAccounts locked() {
        return new LockedAccounts(lockout.policy().getMaxFailures(), lockout.policy().getLockDuration(),
                lockout.locked());
    }

    @PostMapping("/{userId}/unlock")
    @Operation(summary = "解锁账户", description = "立即解除锁定并清零输错次数")
    public Unlocked unlock(@PathVariable String userId) {
        if (!lockout.unlock(userId, currentUser.require())) {
            throw new NotFoundException("用户不存在：" + userId);
        }
        return new Unlocked(userId, true);
    }
}
