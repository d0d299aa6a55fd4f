package cn.deputylink.shared.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class CalendarConfig {

    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
        return new WorkingDayCalendar(properties);
    }

    /** The bean BPMN timer expressions call: {@code ${deadlines.due('opinion-reply')}}. */
    @Bean
    Deadlines deadlines(WorkingDayCalendar calendar, DeadlineProperties properties) {
        return new Deadlines(calendar, properties.getDeadlines());
    }
}
