package cn.deputylink.demo;

import cn.deputylink.demo.DemoCity.DeputySeed;
import cn.deputylink.department.DepartmentService;
import cn.deputylink.department.DepartmentService.DepartmentRequest;
import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.deputy.DeputyDtos.DeputyRequest;
import cn.deputylink.deputy.DeputyDtos.GroupRequest;
import cn.deputylink.deputy.DeputyService;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.station.StationDtos.CreateStation;
import cn.deputylink.station.StationRepository;
import cn.deputylink.station.StationService;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo city and a login for every role, once, in the demo profile only. Everything
 * goes through the same services as the API, so the demo data obeys the naming and hierarchy
 * rules it demonstrates. All demo passwords are {@code demo}.
 */
@Component
@Profile("demo")
@Order(10)
public class DemoDataLoader implements ApplicationRunner {

    public static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final IdentitySync identity;
    private final StationService stations;
    private final StationRepository stationRepository;
    private final DepartmentService departments;
    private final DeputyService deputies;

    public DemoDataLoader(IdentitySync identity, StationService stations, StationRepository stationRepository,
                          DepartmentService departments, DeputyService deputies) {
        this.identity = identity;
        this.stations = stations;
        this.stationRepository = stationRepository;
        this.departments = departments;
        this.deputies = deputies;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (stationRepository.existsByCode(DemoCity.STATIONS.get(0).code())) {
            log.info("demo data already present");
            return;
        }
        for (DemoCity.RoleUser user : DemoCity.ROLE_USERS) {
            identity.ensureUser(user.id(), user.name(), PASSWORD);
            identity.ensureMember(user.id(), user.group());
        }
        for (DemoCity.StationSeed s : DemoCity.STATIONS) {
            String staff = DemoCity.staffUser(s.code());
            identity.ensureUser(staff, s.staffName(), PASSWORD);
            stations.create(new CreateStation(s.code(), s.name(), s.tier(), s.level(), s.parent(), s.address(),
                    DemoCity.OPEN_HOURS, List.of(staff)));
        }
        for (DemoCity.DepartmentSeed d : DemoCity.DEPARTMENTS) {
            String user = DemoCity.departmentUser(d.code());
            identity.ensureUser(user, d.userName(), PASSWORD);
            departments.create(new DepartmentRequest(d.code(), d.name(), d.level(), true, List.of(user)));
        }
        for (DemoCity.GroupSeed g : DemoCity.GROUPS) {
            deputies.createGroup(new GroupRequest(g.code(), g.name(), g.station(), g.specialty()));
        }
        int households = 8;
        for (DeputySeed d : DemoCity.DEPUTIES) {
            String user = DemoCity.deputyUser(d.code());
            identity.ensureUser(user, d.name(), PASSWORD);
            deputies.create(new DeputyRequest(d.code(), d.name(), d.levels(), d.constituency(), d.stations(),
                    d.group(), d.specialty(), d.workUnit(), term(d), households, user));
            households = households == 12 ? 8 : households + 1;
        }
        identity.ensureMember("demo", Roles.LIAISON_OFFICE);
        log.info("demo data loaded: {} stations, {} departments, {} deputy groups, {} deputies",
                DemoCity.STATIONS.size(), DemoCity.DEPARTMENTS.size(), DemoCity.GROUPS.size(),
                DemoCity.DEPUTIES.size());
    }

    private static String term(DeputySeed d) {
        CongressLevel highest = Collections.min(d.levels());
        return switch (highest) {
            case NATIONAL, PROVINCIAL -> "第十四届（2023—2028）";
            case CITY -> "第九届（2022—2027）";
            case COUNTY -> DemoCity.TERM_COUNTY;
            case TOWNSHIP -> "第十九届（2021—2026）";
        };
    }
}
