package cn.deputylink.registry.pages;

import cn.deputylink.registry.account.AccountKind;
import cn.deputylink.registry.account.AccountService;
import cn.deputylink.registry.account.AccountService.AccountResult;
import cn.deputylink.shared.history.ChangeHistory;
import cn.deputylink.shared.pages.PageController;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 账号: create or link the login of a deputy, a station's staff member or a department user. A new
 * account's random password is rendered once, in the answer to the POST, and never again.
 */
@PageController
@RequestMapping("/admin/registry/accounts")
public class AccountPages {

    private final AccountService accounts;
    private final ChangeHistory history;

    public AccountPages(AccountService accounts, ChangeHistory history) {
        this.accounts = accounts;
        this.history = history;
    }

    @GetMapping
    public String index(@RequestParam(required = false) String kind, @RequestParam(required = false) String target,
                        @RequestParam(required = false) String user, Model model) {
        model.addAttribute("kinds", AccountKind.values());
        model.addAttribute("form", Map.of("kind", kind == null ? "" : kind, "targetCode", target == null ? "" : target,
                "userId", "", "name", ""));
        model.addAttribute("errors", Map.of());
        if (user != null && !user.isBlank()) {
            return "redirect:/admin/registry/accounts/" + user.strip();
        }
        return "registry/accounts";
    }

    @PostMapping
    public String createOrLink(@RequestParam(defaultValue = "") String kind,
                               @RequestParam(defaultValue = "") String targetCode,
                               @RequestParam(defaultValue = "") String userId,
                               @RequestParam(defaultValue = "") String name, Model model,
                               HttpServletResponse response) {
        AccountResult result;
        try {
            result = FormErrors.attempt(model, "userId",
                    () -> accounts.createOrLink(AccountKind.parse(kind), targetCode, userId, name));
        } catch (cn.deputylink.shared.web.NotFoundException e) {
            model.addAttribute("errors", new FormErrors().add("targetCode", e.getMessage()).map());
            result = null;
        }
        if (result == null) {
            model.addAttribute("kinds", AccountKind.values());
            model.addAttribute("form", Map.of("kind", kind, "targetCode", targetCode, "userId", userId, "name", name));
            return "registry/accounts";
        }
        noStore(response);
        model.addAttribute("result", result);
        return "registry/account-created";
    }

    @GetMapping("/{userId}")
    public String view(@PathVariable String userId, Model model) {
        model.addAttribute("account", accounts.view(userId));
        model.addAttribute("changes", Pages.changes(history.of(ChangeHistory.ACCOUNT, userId)));
        return "registry/account";
    }

    @PostMapping("/{userId}/reset-password")
    public String resetPassword(@PathVariable String userId, Model model, HttpServletResponse response) {
        String password = accounts.resetPassword(userId);
        noStore(response);
        model.addAttribute("result", new AccountResult(userId, null, null, null, true, password));
        model.addAttribute("reset", true);
        return "registry/account-created";
    }

    @PostMapping("/{userId}/deactivate")
    public String deactivate(@PathVariable String userId, @RequestParam(defaultValue = "") String reason,
                             RedirectAttributes redirect) {
        var done = accounts.deactivate(userId, reason);
        redirect.addFlashAttribute("notice", "账号已停用：移出用户组 " + done.groupsRemoved().size() + " 个，交回待办任务 "
                + done.tasksHandedBack() + " 件");
        return "redirect:/admin/registry/accounts/" + userId;
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
    }
}
