package cn.deputylink.shared.pages;

import org.springframework.web.bind.annotation.GetMapping;

/** The one login page of all server-rendered pages (the same accounts as Tasklist). */
@PageController
public class LoginPage {

    @GetMapping(PageSecurityConfig.LOGIN_PAGE)
    public String login() {
        return "login";
    }
}
