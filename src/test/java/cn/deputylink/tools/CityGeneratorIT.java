package cn.deputylink.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deputylink.station.StationNamingPolicy;
import cn.deputylink.station.StationNamingProperties;
import cn.deputylink.station.StationTier;
import cn.deputylink.shared.geo.AdministrativeLevel;
import cn.deputylink.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

class CityGeneratorIT extends IntegrationTest {

    @Autowired
    CityGenerator generator;

    @Test
    void generatesAConsistentCityWhoseUsersCanLogIn() {
        CitySpec spec = CitySpec.small("gt", 300);
        List<String> progress = new ArrayList<>();
        GenerationReport report = generator.generate(spec, progress::add);

        assertThat(report.deputies()).isEqualTo(300);
        assertThat(progress).anyMatch(line -> line.contains("代表 300 / 300"));
        assertThat(count("SELECT COUNT(*) FROM liaison_station WHERE code LIKE 'gt-%'"))
                .isEqualTo(spec.homes() + spec.stations() + spec.rooms());
        assertThat(count("SELECT COUNT(*) FROM liaison_station WHERE code LIKE 'gt-%' AND tier = 'ROOM'"))
                .isEqualTo(spec.rooms());
        assertThat(count("SELECT COUNT(*) FROM deputy WHERE code LIKE 'GT-D%'")).isEqualTo(300);
        assertThat(count("SELECT COUNT(*) FROM deputy_group WHERE code LIKE 'gt-g%'")).isEqualTo(spec.groups());
        assertThat(count("SELECT COUNT(*) FROM department WHERE code LIKE 'gt%'")).isEqualTo(spec.departments());
        assertThat(count("""
                SELECT COUNT(*) FROM deputy d WHERE d.code LIKE 'GT-D%'
                AND NOT EXISTS (SELECT 1 FROM deputy_level l WHERE l.deputy_id = d.id)""")).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM liaison_station s WHERE s.code LIKE 'gt-%' AND s.tier <> 'HOME'
                AND s.parent_id IS NULL""")).isZero();

        // every generated name obeys the naming rules of seed 004
        StationNamingProperties naming = new StationNamingProperties();
        naming.setCityName(spec.cityName());
        StationNamingPolicy policy = new StationNamingPolicy(naming);
        for (Map<String, Object> row : jdbc.queryForList(
                "SELECT name, tier, administrative_level FROM liaison_station WHERE code LIKE 'gt-%'")) {
            assertThat(policy.check((String) row.get("name"), StationTier.valueOf((String) row.get("tier")),
                    AdministrativeLevel.valueOf((String) row.get("administrative_level")), List.of()))
                    .as((String) row.get("name")).isEmpty();
        }

        // generated logins work like any other user, with their groups
        assertThat(identityService.checkPassword("gt-d00001", "demo")).isTrue();
        assertThat(identityService.createUserQuery().userId("gt-d00001").memberOfGroup("deputies").count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().memberOfGroup("station-gt-s0001").count()).isEqualTo(1);
        assertThat(rest.withBasicAuth("gt-staff-s0001", "demo").getForEntity("/api/stations/gt-s0001", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThatThrownBy(() -> generator.generate(spec, line -> { })).hasMessageContaining("已有前缀为 gt");
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
