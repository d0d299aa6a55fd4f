package cn.deputylink.operations.gate;

import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationContext;

/** The Spring beans a model may name in {@code ${beanName}}, and their types. */
@FunctionalInterface
public interface BeanCatalog {

    Optional<Class<?>> type(String beanName);

    static BeanCatalog of(ApplicationContext context) {
        return name -> context.containsBean(name) ? Optional.ofNullable(context.getType(name)) : Optional.empty();
    }

    static BeanCatalog of(Map<String, Class<?>> beans) {
        return name -> Optional.ofNullable(beans.get(name));
    }
}
