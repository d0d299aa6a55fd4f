package cn.deputylink.station;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Naming rules for stations, after 《关于进一步规范和加强人大代表联系人民群众工作平台建设运行的实施意见》
 * 四（三）: names start with the city, end with the tier's official suffix, and must not use the
 * listed non-standard forms or a deputy's personal name.
 */
@ConfigurationProperties(prefix = "deputylink.registry.naming")
public class StationNamingProperties {

    /** The city every name starts with, e.g. 云溪市; blank accepts any "…市". */
    private String cityName = "";

    private List<String> forbiddenTerms = List.of("人大代表工作室", "人大代表联络点", "人大代表活动中心",
            "代表工作室", "代表联络点", "代表活动中心");

    public String getCityName() {
        return cityName;
    }

    public void setCityName(String cityName) {
        this.cityName = cityName;
    }

    public List<String> getForbiddenTerms() {
        return forbiddenTerms;
    }

    public void setForbiddenTerms(List<String> forbiddenTerms) {
        this.forbiddenTerms = forbiddenTerms;
    }
}
