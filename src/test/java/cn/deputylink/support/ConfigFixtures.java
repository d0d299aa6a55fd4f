package cn.deputylink.support;

import cn.deputylink.shared.calendar.CalendarProperties;
import cn.deputylink.shared.calendar.DeadlineProperties;
import cn.deputylink.shared.calendar.Deadlines;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The application's real configuration files (application.yml and config/*.yml) bound without a
 * Spring context, for fast unit and process tests: the same holiday calendar and deadlines the
 * application uses, so a test cannot drift from configuration.
 */
public final class ConfigFixtures {

    private static final String[] FILES = {"application.yml", "config/calendar.yml", "config/opinion.yml",
            "config/suggestion.yml", "config/vote.yml", "config/review.yml", "config/operations.yml"};

    private ConfigFixtures() {
    }

    public static Binder binder() {
        YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
        List<ConfigurationPropertySource> sources = new ArrayList<>();
        for (String file : FILES) {
            Resource resource = new ClassPathResource(file);
            if (!resource.exists()) {
                continue;
            }
            try {
                for (PropertySource<?> source : loader.load(file, resource)) {
                    ConfigurationPropertySources.from(source).forEach(sources::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Binder(sources);
    }

    public static <T> T bind(String prefix, Class<T> type) {
        return binder().bindOrCreate(prefix, type);
    }

    public static WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(bind("deputylink.calendar", CalendarProperties.class));
    }

    /** The bean behind {@code ${deadlines...}}; register it with {@code Mocks.register("deadlines", ...)}. */
    public static Deadlines deadlines() {
        return new Deadlines(calendar(), bind("deputylink", DeadlineProperties.class).getDeadlines());
    }
}
