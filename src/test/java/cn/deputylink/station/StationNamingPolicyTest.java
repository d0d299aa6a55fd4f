package cn.deputylink.station;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.shared.geo.AdministrativeLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StationNamingPolicyTest {

    private static final List<String> DEPUTIES = List.of("张建国", "李秀英");

    private static StationNamingPolicy policy(String city) {
        StationNamingProperties properties = new StationNamingProperties();
        properties.setCityName(city);
        return new StationNamingPolicy(properties);
    }

    @ParameterizedTest
    @CsvSource({
            "云溪市人大代表之家, HOME, CITY",
            "云溪市青山县人大代表之家, HOME, COUNTY",
            "云溪市江口区人大代表之家, HOME, COUNTY",
            "云溪市青山县桃源镇人大代表之家, HOME, TOWNSHIP",
            "云溪市青山县城关街道人大代表之家, HOME, TOWNSHIP",
            "云溪市青山县桃源镇杏林村人大代表联络站, STATION, VILLAGE",
            "云溪市青山县城关街道工业园区人大代表联络站, STATION, VILLAGE",
            "云溪市青山县城关街道东门社区锦绣小区人大代表联络室, ROOM, VILLAGE",
    })
    void acceptsTheOfficialPatterns(String name, StationTier tier, AdministrativeLevel level) {
        assertThat(policy("云溪市").check(name, tier, level, DEPUTIES)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "云溪市青山县桃源镇人大代表工作室, ROOM, VILLAGE, 人大代表工作室",
            "云溪市青山县桃源镇杏林村人大代表联络点, STATION, VILLAGE, 人大代表联络点",
            "云溪市青山县人大代表活动中心, HOME, COUNTY, 人大代表活动中心",
            "云溪市青山县桃源镇张建国代表之家, HOME, TOWNSHIP, 张建国",
            "云溪市青山县桃源镇杏林村李秀英人大代表联络站, STATION, VILLAGE, 李秀英",
            "云溪市青山县桃源镇人大代表联络站, HOME, TOWNSHIP, 人大代表之家",
            "绵阳市青山县桃源镇人大代表之家, HOME, TOWNSHIP, 云溪市",
            "青山县桃源镇人大代表之家, HOME, TOWNSHIP, 云溪市",
            "云溪市青山县桃源镇人大代表之家, HOME, COUNTY, 县级平台",
            "云溪市青山县人大代表之家, HOME, CITY, 市级平台",
            "云溪市青山县桃源镇杏林村人大代表之家, HOME, VILLAGE, 代表联络站",
            "云溪市青山县桃源镇人大代表联络站, STATION, VILLAGE, 名称不符合规范",
            "云溪市青山县人大代表联络站, STATION, COUNTY, 行政层级",
    })
    void refusesWithAReason(String name, StationTier tier, AdministrativeLevel level, String reasonMentions) {
        Optional<String> reason = policy("云溪市").check(name, tier, level, DEPUTIES);
        assertThat(reason).isPresent();
        assertThat(reason.get()).contains(reasonMentions);
    }

    @ParameterizedTest
    @CsvSource({
            "绵阳市人大代表之家, HOME, CITY, true",
            "绵阳市涪城区人大代表之家, HOME, COUNTY, true",
            "涪城区人大代表之家, HOME, COUNTY, false",
    })
    void withoutAConfiguredCityAnyCityPrefixWillDo(String name, StationTier tier, AdministrativeLevel level,
                                                    boolean accepted) {
        assertThat(policy("").check(name, tier, level, DEPUTIES).isEmpty()).isEqualTo(accepted);
    }
}
