package cn.deputylink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class RegistryIT extends IntegrationTest {

    private Map<String, Object> station(String code, String name, String tier, String level, String parent,
                                        List<String> staff) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("tier", tier);
        body.put("administrativeLevel", level);
        body.put("parentCode", parent);
        body.put("address", "测试地址");
        body.put("openHours", "周一至周五");
        body.put("staff", staff);
        return body;
    }

    private static List<String> fieldsOf(ResponseEntity<JsonNode> response) {
        return response.getBody().path("fieldErrors").findValuesAsText("field");
    }

    @Test
    void demoCityIsComplete() {
        Map<String, Object> tiers = new HashMap<>();
        jdbc.queryForList("SELECT tier, COUNT(*) n FROM liaison_station GROUP BY tier")
                .forEach(row -> tiers.put((String) row.get("tier"), ((Number) row.get("n")).intValue()));
        assertThat((Integer) tiers.get("HOME")).isGreaterThanOrEqualTo(1);
        assertThat((Integer) tiers.get("STATION")).isGreaterThanOrEqualTo(3);
        assertThat((Integer) tiers.get("ROOM")).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM deputy", Integer.class)).isGreaterThanOrEqualTo(40);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT level) FROM deputy_level", Integer.class))
                .isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM deputy WHERE group_id IS NULL", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM department", Integer.class)).isGreaterThanOrEqualTo(6);

        for (String group : List.of("liaison-staff", "liaison-office", "supervisors", "deputies", "gov-office",
                "party-office", "camunda-admin", "dept-jtj", "station-ty-xl")) {
            assertThat(identityService.createUserQuery().memberOfGroup(group).count()).as(group).isPositive();
        }
        User deputy = identityService.createUserQuery().userId("d010").singleResult();
        assertThat(deputy.getFirstName()).isEqualTo("吴海燕");
        assertThat(identityService.checkPassword("jtj01", "demo")).isTrue();
        assertThat(identityService.createUserQuery().memberOfGroup("deputies").count()).isEqualTo(40);
    }

    @Test
    void creatingAStationCreatesItsGroupWithItsStaff() {
        String code = unique("st");
        identityService.saveUser(user(code + "-u"));
        ResponseEntity<JsonNode> created = post("office", "/api/stations", station(code,
                "云溪市青山县桃源镇桃花村人大代表联络站", "STATION", "VILLAGE", "ty", List.of(code + "-u")));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().path("groupId").asText()).isEqualTo("station-" + code);
        assertThat(identityService.createGroupQuery().groupId("station-" + code).singleResult().getName())
                .isEqualTo("云溪市青山县桃源镇桃花村人大代表联络站");
        assertThat(identityService.createUserQuery().memberOfGroup("station-" + code).singleResult().getId())
                .isEqualTo(code + "-u");
        assertThat(identityService.createUserQuery().userId(code + "-u").memberOfGroup("liaison-staff").count())
                .isEqualTo(1);
        assertThat(processEngine.getAuthorizationService().createAuthorizationQuery().groupIdIn("station-" + code)
                .resourceType(Resources.APPLICATION).resourceId("tasklist").hasPermission(Permissions.ACCESS)
                .count()).isEqualTo(1);

        ResponseEntity<JsonNode> room = post("office", "/api/stations", station(code + "r",
                "云溪市青山县桃源镇桃花村二组人大代表联络室", "ROOM", "VILLAGE", code, List.of()));
        assertThat(room.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(get("staff-ty", "/api/stations?parentCode=" + code).getBody().path("total").asInt()).isEqualTo(1);

        // staff change is mirrored into the group
        Map<String, Object> update = new HashMap<>(station(code, "云溪市青山县桃源镇桃花村人大代表联络站",
                "STATION", "VILLAGE", "ty", List.of("staff-ty")));
        assertThat(put("office", "/api/stations/" + code, update).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(identityService.createUserQuery().memberOfGroup("station-" + code).list())
                .extracting(User::getId).containsExactly("staff-ty");
    }

    @Test
    void refusedNamesSayWhy() {
        ResponseEntity<JsonNode> workRoom = post("office", "/api/stations", station(unique("n"),
                "云溪市青山县桃源镇杏林村人大代表工作室", "ROOM", "VILLAGE", "ty-xl", List.of()));
        assertThat(workRoom.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldsOf(workRoom)).containsExactly("name");
        assertThat(workRoom.getBody().path("fieldErrors").get(0).path("message").asText()).contains("人大代表工作室");

        ResponseEntity<JsonNode> personal = post("office", "/api/stations", station(unique("n"),
                "云溪市青山县桃源镇吴海燕人大代表之家", "HOME", "TOWNSHIP", "qs", List.of()));
        assertThat(personal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(personal.getBody().path("message").asText()).contains("代表个人名义", "吴海燕");

        ResponseEntity<JsonNode> point = post("office", "/api/stations", station(unique("n"),
                "云溪市青山县桃源镇杏林村人大代表联络点", "STATION", "VILLAGE", "ty", List.of()));
        assertThat(point.getBody().path("message").asText()).contains("人大代表联络点");
    }

    @Test
    void hierarchyRulesHold() {
        ResponseEntity<JsonNode> orphanRoom = post("office", "/api/stations", station(unique("h"),
                "云溪市青山县桃源镇杏林村三组人大代表联络室", "ROOM", "VILLAGE", null, List.of()));
        assertThat(orphanRoom.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldsOf(orphanRoom)).containsExactly("parentCode");

        ResponseEntity<JsonNode> roomUnderRoom = post("office", "/api/stations", station(unique("h"),
                "云溪市青山县桃源镇杏林村四组人大代表联络室", "ROOM", "VILLAGE", "ty-xl-1", List.of()));
        assertThat(roomUnderRoom.getBody().path("fieldErrors").get(0).path("message").asText())
                .contains("代表联络站或代表之家");

        ResponseEntity<JsonNode> stationUnderStation = post("office", "/api/stations", station(unique("h"),
                "云溪市青山县桃源镇梨花村人大代表联络站", "STATION", "VILLAGE", "ty-xl", List.of()));
        assertThat(stationUnderStation.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<JsonNode> unknownParent = post("office", "/api/stations", station(unique("h"),
                "云溪市青山县桃源镇梅花村人大代表联络站", "STATION", "VILLAGE", "nowhere", List.of()));
        assertThat(unknownParent.getBody().path("message").asText()).contains("上级站点不存在");

        // a home cannot be moved under its own descendant
        String top = unique("ht");
        String below = unique("hb");
        assertThat(post("office", "/api/stations", station(top, "云溪市松林县人大代表之家", "HOME", "COUNTY",
                "yx", List.of())).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("office", "/api/stations", station(below, "云溪市松林县松岗镇人大代表之家", "HOME",
                "TOWNSHIP", top, List.of())).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> cycle = put("office", "/api/stations/" + top, station(top, "云溪市松林县人大代表之家",
                "HOME", "COUNTY", below, List.of()));
        assertThat(cycle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldsOf(cycle)).contains("parentCode");
    }

    @Test
    void badInputNamesTheFieldsAndWritesNothing() {
        int stationsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM liaison_station", Integer.class);
        long groupsBefore = identityService.createGroupQuery().count();

        Map<String, Object> empty = new HashMap<>();
        empty.put("code", "Bad Code!");
        ResponseEntity<JsonNode> missing = post("office", "/api/stations", empty);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldsOf(missing)).contains("code", "name", "tier", "administrativeLevel");
        assertThat(missing.getBody().path("message").asText()).contains("站点名称不能为空");

        Map<String, Object> badEnum = station(unique("e"), "云溪市青山县桃源镇人大代表之家", "CASTLE", "TOWNSHIP",
                "qs", List.of());
        ResponseEntity<JsonNode> wrongTier = post("office", "/api/stations", badEnum);
        assertThat(wrongTier.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldsOf(wrongTier)).containsExactly("tier");
        assertThat(wrongTier.getBody().path("message").asText()).contains("HOME");

        // valid name and parent but an unknown staff account: no station, no group
        String code = unique("hw");
        ResponseEntity<JsonNode> unknownStaff = post("office", "/api/stations", station(code,
                "云溪市青山县柳河乡柳林村人大代表联络站", "STATION", "VILLAGE", "lh", List.of("nobody-here")));
        assertThat(unknownStaff.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldsOf(unknownStaff)).containsExactly("staff");

        ResponseEntity<JsonNode> malformed = rest.exchange("/api/stations", org.springframework.http.HttpMethod.POST,
                new org.springframework.http.HttpEntity<>("{not json", jsonHeaders("office")), JsonNode.class);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM liaison_station", Integer.class)).isEqualTo(stationsBefore);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groupsBefore);
    }

    @Test
    void duplicatesConflictAndUnknownIdsAreNotFound() {
        ResponseEntity<JsonNode> duplicate = post("office", "/api/stations", station("ty-xl",
                "云溪市青山县桃源镇杏花村人大代表联络站", "STATION", "VILLAGE", "ty", List.of()));
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(duplicate.getBody().path("message").asText()).contains("站点编码已存在");

        assertThat(post("office", "/api/departments", Map.of("code", "jtj", "name", "重复局", "level", "COUNTY"))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(get("office", "/api/stations/no-such").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("office", "/api/deputies/NOPE").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("office", "/api/departments/nope").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> noGroup = get("office", "/api/deputy-groups/nope");
        assertThat(noGroup.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(noGroup.getBody().path("message").asText()).contains("代表小组不存在");
    }

    @Test
    void departmentsBecomeGroupsThatCanUseTasklist() {
        String code = unique("dp");
        ResponseEntity<JsonNode> created = post("office", "/api/departments",
                Map.of("code", code, "name", "青山县水利局", "level", "COUNTY", "members", List.of("staff-qs")));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().path("groupId").asText()).isEqualTo("dept-" + code);
        assertThat(identityService.createUserQuery().memberOfGroup("dept-" + code).singleResult().getId())
                .isEqualTo("staff-qs");
        assertThat(processEngine.getAuthorizationService().isUserAuthorized("staff-qs", List.of("dept-" + code),
                Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();

        ResponseEntity<JsonNode> badCode = post("office", "/api/departments",
                Map.of("code", "水利", "name", "水利局", "level", "COUNTY"));
        assertThat(fieldsOf(badCode)).containsExactly("code");
    }

    @Test
    void deputiesWithSeveralLevelsGroupsStationsAndARandomToken() {
        String code = unique("DP").toUpperCase();
        String userId = code.toLowerCase() + "-u";
        identityService.saveUser(user(userId));
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "欧阳明月");
        body.put("levels", List.of("COUNTY", "TOWNSHIP"));
        body.put("constituency", "青山县第21选区");
        body.put("stationCodes", List.of("ty", "ty-xl"));
        body.put("groupCode", "g-ty");
        body.put("specialty", "法律");
        body.put("term", "第十八届（2021—2026）");
        body.put("householdsLinked", 10);
        body.put("userId", userId);
        ResponseEntity<JsonNode> created = post("office", "/api/deputies", body);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode deputy = created.getBody();
        assertThat(deputy.path("levels")).hasSize(2);
        assertThat(deputy.path("stations").findValuesAsText("code")).containsExactly("ty", "ty-xl");
        String token = deputy.path("publicToken").asText();
        assertThat(token).hasSize(22).doesNotContain(code);
        assertThat(identityService.createUserQuery().userId(userId).memberOfGroup("deputies").count()).isEqualTo(1);
        assertThat(get("office", "/api/deputies?station=ty-xl&level=TOWNSHIP&q=欧阳").getBody().path("total").asInt())
                .isEqualTo(1);
        assertThat(get(null, "/api/public/deputies/" + token).getBody().path("levels").size()).isEqualTo(2);

        // the token survives an update
        body.put("specialty", "社会治理");
        assertThat(put("office", "/api/deputies/" + code, body).getBody().path("publicToken").asText()).isEqualTo(token);

        Map<String, Object> bad = new HashMap<>(body);
        bad.put("code", unique("DQ").toUpperCase());
        bad.put("levels", List.of());
        bad.put("stationCodes", List.of("nowhere"));
        bad.put("householdsLinked", -1);
        ResponseEntity<JsonNode> refused = post("office", "/api/deputies", bad);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldsOf(refused)).contains("levels", "householdsLinked");

        bad.put("levels", List.of("COUNTY"));
        bad.put("householdsLinked", 3);
        bad.put("groupCode", "no-group");
        ResponseEntity<JsonNode> unknownRefs = post("office", "/api/deputies", bad);
        assertThat(fieldsOf(unknownRefs)).contains("stationCodes", "groupCode", "userId");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM deputy WHERE code = ?", Integer.class, bad.get("code")))
                .isZero();
    }

    @Test
    void deputyGroupsAreListedWithTheirMembers() {
        JsonNode group = get("office", "/api/deputy-groups/g-ty").getBody();
        assertThat(group.path("name").asText()).isEqualTo("桃源镇代表小组");
        assertThat(group.path("members").asLong()).isPositive();
        String code = unique("g");
        assertThat(post("office", "/api/deputy-groups", Map.of("code", code, "name", "柳河乡第二代表小组",
                "stationCode", "lh")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> unknownStation = post("office", "/api/deputy-groups",
                Map.of("code", unique("g"), "name", "小组", "stationCode", "nowhere"));
        assertThat(fieldsOf(unknownStation)).containsExactly("stationCode");
    }

    private User user(String id) {
        User user = identityService.newUser(id);
        user.setFirstName("测试用户");
        user.setPassword("demo");
        return user;
    }

    private static org.springframework.http.HttpHeaders jsonHeaders(String user) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        headers.setBasicAuth(user, "demo");
        return headers;
    }
}
