package cn.deputylink.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The demo's embedded H2 gets the same schema as MySQL from the same migrations, and Hibernate
 * accepts it ({@code ddl-auto: validate}, as the demo starts). The integration tests run on MariaDB
 * only, so without this a mapping that only MySQL accepts would stop {@code mvn spring-boot:run}.
 */
class DemoSchemaTest {

    @Test
    void theMigrationsGiveH2ASchemaEveryEntityValidatesAgainst() throws Exception {
        String url = "jdbc:h2:mem:demo-schema-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").outOfOrder(true)
                .placeholders(Map.of("table_options", "")).load().migrate();

        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        List<Class<?>> entities = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("cn.deputylink")) {
            entities.add(Class.forName(candidate.getBeanClassName()));
        }
        assertThat(entities).hasSizeGreaterThan(20);

        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", url)
                .applySetting("hibernate.connection.username", "sa")
                .applySetting("hibernate.connection.password", "")
                .applySetting("hibernate.hbm2ddl.auto", "validate")
                .applySetting("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        entities.forEach(sources::addAnnotatedClass);
        assertThatCode(() -> {
            try (SessionFactory factory = sources.getMetadataBuilder()
                    .applyPhysicalNamingStrategy(new CamelCaseToUnderscoresNamingStrategy())
                    .applyImplicitNamingStrategy(new SpringImplicitNamingStrategy())
                    .build().buildSessionFactory()) {
                assertThat(factory.isOpen()).isTrue();
            }
        }).doesNotThrowAnyException();
    }
}
