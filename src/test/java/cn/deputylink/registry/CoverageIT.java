package cn.deputylink.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.registry.links.ContactMethod;
import cn.deputylink.registry.links.CoverageService;
import cn.deputylink.registry.links.CoverageService.Coverage;
import cn.deputylink.registry.links.CoverageService.TownshipCoverage;
import cn.deputylink.registry.links.LinkedHousehold;
import cn.deputylink.registry.links.TwoLinksService;
import cn.deputylink.registry.links.TwoLinksService.ContactRequest;
import cn.deputylink.registry.links.TwoLinksService.HouseholdRequest;
import cn.deputylink.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Coverage of the households deputies link, per township, counted by hand: what this test adds
 * under 桃源镇 and 柳河乡 must change the figures by exactly that much; contacts of an earlier
 * quarter do not count. Contacts go to the ledger as 走访联系户.
 */
class CoverageIT extends IntegrationTest {

    @Autowired
    TwoLinksService links;
    @Autowired
    CoverageService coverage;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private void actAsOffice() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("office", null,
                List.of(new SimpleGrantedAuthority("GROUP_liaison-office"))));
    }

    private static TownshipCoverage of(Coverage c, String township) {
        return c.townships().stream().filter(t -> township.equals(t.townshipCode())).findFirst()
                .orElse(new TownshipCoverage(township, null, 0, 0, 0, 0, BigDecimal.ZERO));
    }

    private int householdVisits(String deputyCode) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM activity_record r JOIN deputy d ON d.id = r.deputy_id "
                + "WHERE d.code = ? AND r.type = 'HOUSEHOLD_VISIT'", Integer.class, deputyCode);
    }

    @Test
    void coverageFiguresPerTownshipMatchAHandCount() {
        actAsOffice();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        LocalDate lastQuarter = today.minusMonths(3).withDayOfMonth(1);
        Coverage before = coverage.coverage(today);

        // 桃源镇: D031 links three households at 杏林村茶园片区 (a room under 杏林村, under 桃源镇), D032 one at 桃源镇 itself
        LinkedHousehold h1 = links.addHousehold(new HouseholdRequest("D031", "赵一", "13911110001", "ty-xl-2", null));
        LinkedHousehold h2 = links.addHousehold(new HouseholdRequest("D031", "钱二", "13911110002", "ty-xl-2", null));
        links.addHousehold(new HouseholdRequest("D031", "孙三", "13911110003", "ty-xl", null));
        LinkedHousehold h4 = links.addHousehold(new HouseholdRequest("D032", "李四", "0710-1234567", "ty", null));
        // 柳河乡: D034 one household, contacted only last quarter
        LinkedHousehold h5 = links.addHousehold(new HouseholdRequest("D034", "周五", "13911110005", "lh-sq-1", null));
        int visitsBefore = householdVisits("D031");
        long lastEntry = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM activity_record", Long.class);

        links.logContact(h1.getId(), new ContactRequest(ContactMethod.VISIT, today, "了解用水情况"));
        links.logContact(h1.getId(), new ContactRequest(ContactMethod.PHONE, today, null));
        links.logContact(h2.getId(), new ContactRequest(ContactMethod.MEETING, today, null));
        links.logContact(h4.getId(), new ContactRequest(ContactMethod.VISIT, lastQuarter, null));
        links.logContact(h5.getId(), new ContactRequest(ContactMethod.VISIT, lastQuarter, null));

        Coverage after = coverage.coverage(today);
        TownshipCoverage tyBefore = of(before, "ty");
        TownshipCoverage ty = of(after, "ty");
        assertThat(ty.townshipName()).isEqualTo("云溪市青山县桃源镇人大代表之家");
        assertThat(ty.households() - tyBefore.households()).isEqualTo(4);
        assertThat(ty.householdsContacted() - tyBefore.householdsContacted()).isEqualTo(2);
        assertThat(ty.contacts() - tyBefore.contacts()).isEqualTo(3);
        assertThat(ty.contactedPercent()).isEqualTo(BigDecimal.valueOf(ty.householdsContacted() * 100)
                .divide(BigDecimal.valueOf(ty.households()), 1, RoundingMode.HALF_UP));
        TownshipCoverage lh = of(after, "lh");
        assertThat(lh.households() - of(before, "lh").households()).isEqualTo(1);
        assertThat(lh.householdsContacted() - of(before, "lh").householdsContacted()).isZero();
        assertThat(after.total().households() - before.total().households()).isEqualTo(5);
        assertThat(after.total().householdsContacted() - before.total().householdsContacted()).isEqualTo(2);
        // last quarter's own figures see the two older contacts
        Coverage previous = coverage.coverage(lastQuarter);
        assertThat(previous.quarterTo()).isBefore(after.quarterFrom());

        // each contact is a confirmed 走访联系户 entry in D031's ledger, without the household's name
        assertThat(householdVisits("D031") - visitsBefore).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT note FROM activity_record r JOIN deputy d ON d.id = r.deputy_id "
                + "WHERE d.code = 'D031' AND r.type = 'HOUSEHOLD_VISIT' AND r.id > ? AND r.confirmed = TRUE", String.class,
                lastEntry)).hasSize(3)
                .allSatisfy(n -> assertThat(n).startsWith("联系群众（").doesNotContain("赵一"));
        assertThat(links.householdsOf("D031")).extracting(TwoLinksService.HouseholdView::headName).contains("赵*")
                .doesNotContain("赵一");
    }

    @Test
    void aDeputyLogsAContactFromThePhoneAndTheDashboardReadsTheFigures() {
        actAsOffice();
        LinkedHousehold h = links.addHousehold(new HouseholdRequest("D033", "吴六", "13911110006", "lh-sq", null));
        SecurityContextHolder.clearContext();

        ResponseEntity<JsonNode> mine = get("d033", "/api/links/my-households");
        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(mine.getBody().findValuesAsText("headPhone")).contains("139****0006").doesNotContain("13911110006");

        ResponseEntity<JsonNode> bad = post("d033", "/api/links/my-households/" + h.getId() + "/contacts",
                Map.of("method", "VISIT"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().toString()).contains("date", "请填写联系日期");
        assertThat(post("d034", "/api/links/my-households/" + h.getId() + "/contacts",
                Map.of("method", "PHONE", "date", LocalDate.now().toString())).getStatusCode())
                .as("another deputy's household").isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> logged = post("d033", "/api/links/my-households/" + h.getId() + "/contacts",
                Map.of("method", "PHONE", "date", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(),
                        "note", "电话回访"));
        assertThat(logged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(logged.getBody().path("ledgerStatus").asText()).isEqualTo("待确认");

        ResponseEntity<JsonNode> figures = get("office", "/api/links/coverage");
        assertThat(figures.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode lh = null;
        for (JsonNode t : figures.getBody().path("townships")) {
            if ("lh".equals(t.path("townshipCode").asText())) {
                lh = t;
            }
        }
        assertThat(lh).isNotNull();
        assertThat(lh.path("householdsContacted").asLong()).isPositive();
        assertThat(get("d033", "/api/links/coverage").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
