package cn.deputylink.shared.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Registry and campaign administration: the liaison office (人大代表工委) or a system administrator. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyAuthority('GROUP_liaison-office', 'GROUP_camunda-admin')")
public @interface OfficeOrAdmin {
}
