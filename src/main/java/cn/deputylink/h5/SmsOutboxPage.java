package cn.deputylink.h5;

import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.notification.Notification;
import cn.deputylink.shared.notification.NotificationRepository;
import cn.deputylink.shared.pages.PageController;
import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 短信发件箱 of the demo: the text messages that would have gone to citizens (rendered from their
 * templates, secrets masked), for the liaison office, supervisors and administrators. On only
 * with {@code deputylink.h5.outbox-enabled} (the demo profile).
 */
@PageController
public class SmsOutboxPage {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final boolean enabled;

    public SmsOutboxPage(NotificationRepository notifications, CurrentUser currentUser,
                         @Value("${deputylink.h5.outbox-enabled:false}") boolean enabled) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.enabled = enabled;
    }

    @GetMapping("/staff/outbox")
    @Transactional(readOnly = true)
    public String outbox(Model model) {
        if (!enabled) {
            throw new NotFoundException("短信发件箱只在演示环境中提供");
        }
        if (!(currentUser.isAdmin() || currentUser.isIn(Roles.LIAISON_OFFICE) || currentUser.isIn(Roles.SUPERVISORS))) {
            throw new ForbiddenException("只有代表工委、督办人员和管理员可以查看短信发件箱");
        }
        model.addAttribute("messages", notifications.findByChannelOrderByIdDesc(Notification.Channel.SMS,
                PageRequest.of(0, 100)));
        return "h5/outbox";
    }
}
