package cn.deputylink.station;

import cn.deputylink.shared.geo.AdministrativeLevel;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a station's official name; answers the reason in Chinese when it is refused.
 *
 * <ul>
 *   <li>市级之家：{@code <市>人大代表之家}</li>
 *   <li>县级之家：{@code <市><县/市/区>人大代表之家}</li>
 *   <li>乡镇（街道）之家：{@code <市><县/市/区><乡/镇/街道>人大代表之家}</li>
 *   <li>村（社区）、单位、功能片区联络站：{@code <市><县/市/区><乡/镇/街道><村/社区/单位/片区>人大代表联络站}</li>
 *   <li>联络室：as a station, ending in {@code 人大代表联络室}</li>
 * </ul>
 */
@Component
public class StationNamingPolicy {

    private static final String HAN = "[\\p{IsHan}A-Za-z0-9（）()·]";
    private static final String COUNTY = HAN + "{1,12}?(?:县|市|区|旗)";
    private static final String TOWNSHIP = HAN + "{1,12}?(?:乡|镇|街道|苏木)";
    private static final String PLACE = HAN + "{1,40}?";
    private static final Pattern ANY_CITY = Pattern.compile("^\\p{IsHan}{1,10}?(?:市|州|盟|地区)");

    private final StationNamingProperties properties;

    public StationNamingPolicy(StationNamingProperties properties) {
        this.properties = properties;
    }

    /**
     * @param deputyNames names of registered deputies; a station named after one is refused
     * @return the reason the name is refused, or empty when it is acceptable
     */
    public Optional<String> check(String name, StationTier tier, AdministrativeLevel level,
                                  Collection<String> deputyNames) {
        String n = name == null ? "" : name.strip();
        for (String term : properties.getForbiddenTerms()) {
            if (n.contains(term)) {
                return Optional.of("不得使用“" + term + "”等不规范名称，应命名为“…" + tier.nameSuffix() + "”");
            }
        }
        for (String deputy : deputyNames) {
            if (deputy != null && deputy.length() >= 2 && n.contains(deputy)) {
                return Optional.of("不得以代表个人名义命名代表“家”“站”：名称中含有代表姓名“" + deputy + "”");
            }
        }
        if (!n.endsWith(tier.nameSuffix())) {
            return Optional.of(tier.label() + "的名称应以“" + tier.nameSuffix() + "”结尾");
        }
        String city = properties.getCityName() == null ? "" : properties.getCityName().strip();
        String cityPattern;
        if (city.isEmpty()) {
            var m = ANY_CITY.matcher(n);
            if (!m.find()) {
                return Optional.of("名称应以所在市名开头，如“××市…" + tier.nameSuffix() + "”");
            }
            cityPattern = Pattern.quote(m.group());
        } else {
            if (!n.startsWith(city)) {
                return Optional.of("名称应以“" + city + "”开头，如“" + city + "…" + tier.nameSuffix() + "”");
            }
            cityPattern = Pattern.quote(city);
        }
        String suffix = Pattern.quote(tier.nameSuffix());
        String expected;
        String example;
        switch (tier) {
            case HOME -> {
                switch (level) {
                    case CITY -> {
                        expected = cityPattern + suffix;
                        example = "市级平台命名为“<市>人大代表之家”";
                    }
                    case COUNTY -> {
                        expected = cityPattern + COUNTY + suffix;
                        example = "县级平台命名为“<市><县/市/区>人大代表之家”";
                    }
                    case TOWNSHIP -> {
                        expected = cityPattern + COUNTY + TOWNSHIP + suffix;
                        example = "乡镇（街道）平台命名为“<市><县/市/区><乡镇/街道>人大代表之家”";
                    }
                    default -> {
                        return Optional.of("代表之家只设在市、县、乡镇（街道）三级；村（社区）应设代表联络站");
                    }
                }
            }
            case STATION, ROOM -> {
                if (level != AdministrativeLevel.VILLAGE && level != AdministrativeLevel.TOWNSHIP) {
                    return Optional.of(tier.label() + "设在村（社区）或有关单位、功能片区，行政层级应为村（社区）级或乡镇（街道）级");
                }
                expected = cityPattern + COUNTY + TOWNSHIP + PLACE + suffix;
                example = "命名为“<市><县/市/区><乡镇/街道><村/社区/单位/功能片区>" + tier.nameSuffix() + "”";
            }
            default -> throw new IllegalStateException("unknown tier " + tier);
        }
        if (!Pattern.compile("^" + expected + "$").matcher(n).matches()) {
            return Optional.of("名称不符合规范：" + example);
        }
        return Optional.empty();
    }
}
