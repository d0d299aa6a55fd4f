package cn.deputylink.shared.pages;

import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Failures of page controllers as a page a person can read (templates/error.html), in Chinese. */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, e.getMessage(), response);
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class, AuthorizationException.class})
    ModelAndView forbidden(Exception e, HttpServletResponse response) {
        // our own refusals say why (who may see it); the framework's and the engine's stay general
        String message = e instanceof ForbiddenException && e.getMessage() != null ? e.getMessage() : "您无权查看此页面";
        return page(HttpStatus.FORBIDDEN, message, response);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, e.getMessage(), response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failure(Exception e, HttpServletResponse response) {
        log.error("page failed", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "系统暂时无法处理您的请求，请稍后再试", response);
    }

    static ModelAndView page(HttpStatus status, String message, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("message", message);
        return view;
    }
}
