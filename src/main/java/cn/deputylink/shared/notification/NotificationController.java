package cn.deputylink.shared.notification;

import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "消息提醒", description = "当前用户及其所在部门、站点收到的提醒")
public class NotificationController {

    private final NotificationRepository repository;
    private final CurrentUser currentUser;

    public NotificationController(NotificationRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    public record NotificationView(long id, String title, String body, String businessKey, Instant createdAt,
                                   boolean read) {
    }

    @GetMapping
    @Operation(summary = "我的提醒（含本部门、本站）")
    public List<NotificationView> mine(@RequestParam(defaultValue = "50") int limit) {
        List<String> groups = currentUser.groups();
        return repository.inbox(currentUser.require(), groups.isEmpty() ? List.of("-") : groups,
                        PageRequest.of(0, Math.min(Math.max(limit, 1), 200)))
                .stream().map(n -> new NotificationView(n.getId(), n.getTitle(), n.getBody(), n.getBusinessKey(),
                        n.getCreatedAt(), n.getReadAt() != null)).toList();
    }

    @PostMapping("/{id}/read")
    @Transactional
    @Operation(summary = "标记为已读")
    public void markRead(@PathVariable long id) {
        Notification n = repository.findById(id).orElseThrow(() -> NotFoundException.of("提醒", id));
        boolean mine = switch (n.getRecipientType()) {
            case USER -> n.getRecipient().equals(currentUser.require());
            case GROUP -> currentUser.isIn(n.getRecipient());
            case CITIZEN -> false;
        };
        if (!mine) {
            throw new ForbiddenException("只能处理发给自己或本部门的提醒");
        }
        n.markRead(Instant.now());
    }
}
