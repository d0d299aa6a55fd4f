package cn.deputylink.h5;

import cn.deputylink.station.StationRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: stations without reception days get the demo city's 每月 15 日 (the day their open hours name,
 * DemoCity.OPEN_HOURS), so the cards show the next one.
 */
@Component
@Profile("demo")
@Order(30)
public class DemoReceptionDays implements ApplicationRunner {

    static final String DEMO_DAYS = "15";

    private final StationRepository stations;

    public DemoReceptionDays(StationRepository stations) {
        this.stations = stations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        stations.findAll().stream().filter(s -> s.getReceptionDays() == null)
                .forEach(s -> s.setReceptionDays(DEMO_DAYS));
    }
}
