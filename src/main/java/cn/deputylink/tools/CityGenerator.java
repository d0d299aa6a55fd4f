package cn.deputylink.tools;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.deputy.Deputy;
import cn.deputylink.shared.geo.AdministrativeLevel;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.identity.RoleBootstrap;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.station.StationTier;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a whole city of stations, groups, deputies and departments into the configured
 * database for benchmarks, at the scale the seeds report (see {@link CitySpec#huanggang()}).
 * Domain rows go in with multi-row inserts in transactions of a few hundred rows; Camunda groups
 * (one per station and department) go through the identity service so their authorizations are
 * the product's own; the deputies' and staff's logins are copied from one template user created
 * through the identity service (same salted password hash, password {@code demo}).
 */
@Component
public class CityGenerator {

    static final String PASSWORD = "demo";
    private static final int CHUNK = 500;
    private static final String SYLLABLES = "安宁平和兴隆丰泰福康长乐永新明光华清河山石桥林溪湖桃杏梅竹松柳花云龙凤金玉青白红";
    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").split("");
    private static final String[] GIVEN = ("建国 秀英 志强 春梅 国华 丽娟 文斌 晓燕 明辉 海燕 志刚 桂兰 俊杰 红霞 德明 玉兰 建平 淑芬 永福 春燕 卫东 秀珍 振华 丽萍 国强 美玲 立新 彩霞 志勇 玉梅 家宝 凤英 文华 秀云 建军 雪梅 永刚 桂芳 明亮 晓红 海波 红梅 志远 玉珍 振东 丽华 建新 春华 秋菊 国庆 婷婷 德胜 佳琪 立强 建华 清泉 明月 安康 丰收 慧敏").split(" ");
    private static final String[] COUNTIES = {"东安县", "西平县", "南山区", "北湖区", "长宁县", "永丰县", "清河县", "云阳县",
            "石门县", "兴隆县", "太和县", "乐平市", "新华区", "明光市", "桃江县", "梅山县"};
    private static final String[] SPECIALTIES = {"农业", "教育", "医疗卫生", "法律", "企业管理", "社区治理", "文化旅游",
            "交通运输", "生态环境", "财政经济", null, null, null};

    private final JdbcTemplate jdbc;
    private final IdentitySync identity;
    private final IdentityService identityService;
    private final RoleBootstrap roles;
    private final TransactionTemplate tx;

    public CityGenerator(JdbcTemplate jdbc, IdentitySync identity, IdentityService identityService,
                         RoleBootstrap roles, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.identityService = identityService;
        this.roles = roles;
        this.tx = new TransactionTemplate(transactionManager);
    }

    public GenerationReport generate(CitySpec spec, Consumer<String> progress) {
        long start = System.nanoTime();
        String p = spec.prefix();
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM liaison_station WHERE code = ?", Integer.class,
                p + "-h001");
        if (existing != null && existing > 0) {
            throw new IllegalStateException("数据库中已有前缀为 " + p + " 的生成数据，请换一个前缀或清空数据库");
        }
        Random random = new Random(20_260_000L + p.hashCode());
        Timestamp now = Timestamp.from(Instant.now());

        List<Station> stations = planStations(spec);
        for (StationTier tier : StationTier.values()) {
            List<Object[]> rows = new ArrayList<>();
            Map<String, Long> ids = stationIds(p);
            for (Station s : stations) {
                if (s.tier == tier) {
                    rows.add(new Object[] {s.code, s.name, s.tier.name(), s.level.name(),
                            s.parent == null ? null : ids.get(s.parent), s.name.replace("人大代表之家", "")
                            .replace("人大代表联络站", "").replace("人大代表联络室", "") + "党群服务中心",
                            "每周一至周五 9:00-17:00", true, now, now, 0L});
                }
            }
            insert("liaison_station", new String[] {"code", "name", "tier", "administrative_level", "parent_id",
                    "address", "open_hours", "active", "created_at", "updated_at", "version"}, rows);
            progress.accept(String.format("[生成] %s %,d 个", tier == StationTier.HOME ? "代表之家"
                    : tier == StationTier.STATION ? "代表联络站" : "代表联络室", rows.size()));
        }
        Map<String, Long> stationIds = stationIds(p);
        List<String> staffRows = new ArrayList<>();
        List<Object[]> staff = new ArrayList<>();
        for (Station s : stations) {
            String user = p + "-staff-" + s.code.substring(p.length() + 1);
            staff.add(new Object[] {stationIds.get(s.code), user});
            staffRows.add(user);
        }
        insert("station_staff", new String[] {"station_id", "user_id"}, staff);

        List<Object[]> departments = new ArrayList<>();
        String[] kinds = {"交通运输局", "住房和城乡建设局", "生态环境局", "教育局", "卫生健康局", "农业农村局", "民政局",
                "城市管理局", "水利局", "自然资源和规划局", "人力资源和社会保障局", "市场监督管理局"};
        List<String[]> departmentCodes = new ArrayList<>();
        for (int i = 0; i < spec.departments(); i++) {
            String code = p + String.format("%02d", i + 1);
            boolean cityLevel = i < kinds.length;
            String owner = cityLevel ? spec.cityName() : COUNTIES[(i / kinds.length - 1) % COUNTIES.length];
            String name = owner + kinds[i % kinds.length] + (i >= kinds.length * (COUNTIES.length + 1) ? i : "");
            departments.add(new Object[] {code, name, (cityLevel ? AdministrativeLevel.CITY : AdministrativeLevel.COUNTY)
                    .name(), true, 0L});
            departmentCodes.add(new String[] {code, name});
        }
        insert("department", new String[] {"code", "name", "level", "active", "version"}, departments);
        progress.accept(String.format("[生成] 承办单位 %,d 个", departments.size()));

        List<Station> groupHomes = stations.stream().filter(s -> s.tier != StationTier.ROOM).toList();
        List<Object[]> groups = new ArrayList<>();
        for (int i = 0; i < spec.groups(); i++) {
            Station at = groupHomes.get(i % groupHomes.size());
            groups.add(new Object[] {String.format("%s-g%03d", p, i + 1),
                    at.shortName + "第" + (i / groupHomes.size() + 1) + "代表小组", stationIds.get(at.code),
                    i % 20 == 0 ? SPECIALTIES[i % 10] : null, 0L});
        }
        insert("deputy_group", new String[] {"code", "name", "station_id", "specialty", "version"}, groups);
        Map<String, Long> groupIds = ids("SELECT id, code FROM deputy_group WHERE code LIKE ?", p + "-g%");
        progress.accept(String.format("[生成] 代表小组 %,d 个", groups.size()));

        List<Station> joinable = stations.stream().filter(s -> s.tier != StationTier.HOME
                || s.level == AdministrativeLevel.TOWNSHIP).toList();
        List<CongressLevel[]> levels = levelPlan(spec.deputies(), random);
        List<Object[]> deputies = new ArrayList<>(CHUNK);
        List<String> deputyUsers = new ArrayList<>(spec.deputies());
        for (int i = 0; i < spec.deputies(); i++) {
            String code = String.format("%s-D%05d", spec.upperPrefix(), i + 1);
            String user = String.format("%s-d%05d", p, i + 1);
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            CongressLevel top = levels.get(i)[0];
            deputies.add(new Object[] {code, name, constituency(top, i, spec), groupIds.get(String.format("%s-g%03d", p,
                    i % spec.groups() + 1)), SPECIALTIES[random.nextInt(SPECIALTIES.length)], null, term(top),
                    Deputy.newToken(), 5 + random.nextInt(11), spec.createUsers() ? user : null, true, now, 0L});
            deputyUsers.add(user);
            if (deputies.size() == CHUNK || i == spec.deputies() - 1) {
                insert("deputy", new String[] {"code", "name", "constituency", "group_id", "specialty", "work_unit",
                        "term", "public_token", "households_linked", "user_id", "active", "created_at", "version"},
                        deputies);
                deputies.clear();
                if ((i + 1) % 2000 < CHUNK || i == spec.deputies() - 1) {
                    progress.accept(String.format("[生成] 代表 %,d / %,d", i + 1, spec.deputies()));
                }
            }
        }
        Map<String, Long> deputyIds = ids("SELECT id, code FROM deputy WHERE code LIKE ?", spec.upperPrefix() + "-D%");
        List<Object[]> levelRows = new ArrayList<>();
        List<Object[]> joinRows = new ArrayList<>();
        for (int i = 0; i < spec.deputies(); i++) {
            Long id = deputyIds.get(String.format("%s-D%05d", spec.upperPrefix(), i + 1));
            for (CongressLevel level : levels.get(i)) {
                levelRows.add(new Object[] {id, level.name()});
            }
            Station first = joinable.get(i % joinable.size());
            joinRows.add(new Object[] {id, stationIds.get(first.code)});
            if (first.parent != null && i % 3 == 0) {
                joinRows.add(new Object[] {id, stationIds.get(first.parent)});
            }
        }
        insert("deputy_level", new String[] {"deputy_id", "level"}, levelRows);
        insert("deputy_station", new String[] {"deputy_id", "station_id"}, joinRows);
        progress.accept(String.format("[生成] 代表层级 %,d 条、进站关系 %,d 条", levelRows.size(), joinRows.size()));

        int users = 0;
        if (spec.createUsers()) {
            users = identities(spec, stations, departmentCodes, deputyUsers, staffRows, progress);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new GenerationReport(stations.size(), spec.groups(), spec.deputies(), spec.departments(), users, took);
    }

    private int identities(CitySpec spec, List<Station> stations, List<String[]> departments, List<String> deputyUsers,
                           List<String> staffUsers, Consumer<String> progress) {
        List<String[]> groups = new ArrayList<>();
        stations.forEach(s -> groups.add(new String[] {Roles.stationGroup(s.code), s.name}));
        departments.forEach(d -> groups.add(new String[] {Roles.departmentGroup(d[0]), d[1]}));
        for (int from = 0; from < groups.size(); from += 100) {
            List<String[]> chunk = groups.subList(from, Math.min(from + 100, groups.size()));
            tx.executeWithoutResult(status -> chunk.forEach(g -> {
                identity.ensureGroup(g[0], g[1], "WORKFLOW");
                roles.grantWorkGroup(g[0]);
            }));
        }
        progress.accept(String.format("[生成] Camunda 用户组 %,d 个（站点、承办单位）", groups.size()));

        String templateId = spec.prefix() + "-template";
        tx.executeWithoutResult(status -> {
            User template = identityService.newUser(templateId);
            template.setFirstName("生成数据模板账号");
            template.setPassword(PASSWORD);
            identityService.saveUser(template);
        });
        Map<String, Object> hash = jdbc.queryForMap("SELECT PWD_, SALT_ FROM ACT_ID_USER WHERE ID_ = ?", templateId);

        List<Object[]> userRows = new ArrayList<>();
        List<Object[]> memberships = new ArrayList<>();
        for (int i = 0; i < deputyUsers.size(); i++) {
            userRows.add(user(deputyUsers.get(i), "代表" + (i + 1), hash));
            memberships.add(new Object[] {deputyUsers.get(i), Roles.DEPUTIES});
        }
        for (int i = 0; i < staffUsers.size(); i++) {
            userRows.add(user(staffUsers.get(i), stations.get(i).shortName + "工作人员", hash));
            memberships.add(new Object[] {staffUsers.get(i), Roles.stationGroup(stations.get(i).code)});
            memberships.add(new Object[] {staffUsers.get(i), Roles.LIAISON_STAFF});
        }
        for (String[] d : departments) {
            String user = d[0] + "-01";
            userRows.add(user(user, d[1] + "承办人", hash));
            memberships.add(new Object[] {user, Roles.departmentGroup(d[0])});
        }
        insert("ACT_ID_USER", new String[] {"ID_", "REV_", "FIRST_", "LAST_", "EMAIL_", "PWD_", "SALT_", "ATTEMPTS_"},
                userRows);
        insert("ACT_ID_MEMBERSHIP", new String[] {"USER_ID_", "GROUP_ID_"}, memberships);
        tx.executeWithoutResult(status -> identityService.deleteUser(templateId));
        progress.accept(String.format("[生成] 登录账号 %,d 个（密码 %s）", userRows.size(), PASSWORD));
        return userRows.size();
    }

    private static Object[] user(String id, String name, Map<String, Object> hash) {
        return new Object[] {id, 1, name, "", null, hash.get("PWD_"), hash.get("SALT_"), 0};
    }

    /** Multi-row inserts, one transaction per chunk: fast on every database, small transactions. */
    private void insert(String table, String[] columns, List<Object[]> rows) {
        String group = "(" + String.join(",", java.util.Collections.nCopies(columns.length, "?")) + ")";
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(from + CHUNK, rows.size()));
            String sql = "INSERT INTO " + table + " (" + String.join(",", columns) + ") VALUES "
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), group));
            Object[] args = chunk.stream().flatMap(Arrays::stream).toArray();
            tx.executeWithoutResult(status -> jdbc.update(sql, args));
        }
    }

    private Map<String, Long> stationIds(String prefix) {
        return ids("SELECT id, code FROM liaison_station WHERE code LIKE ?", prefix + "-%");
    }

    private Map<String, Long> ids(String sql, String like) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(sql, rs -> {
            ids.put(rs.getString("code"), rs.getLong("id"));
        }, like);
        return ids;
    }

    private record Station(String code, String name, String shortName, StationTier tier, AdministrativeLevel level,
                           String parent) {
    }

    /** 1 city home, a home per county, township homes, village stations, rooms — each under its parent. */
    static List<Station> planStations(CitySpec spec) {
        String p = spec.prefix();
        String city = spec.cityName();
        List<Station> all = new ArrayList<>();
        all.add(new Station(p + "-h001", city + "人大代表之家", city, StationTier.HOME, AdministrativeLevel.CITY, null));
        List<Station> counties = new ArrayList<>();
        for (int c = 0; c < spec.counties(); c++) {
            String county = COUNTIES[c % COUNTIES.length] + (c >= COUNTIES.length ? c : "");
            Station s = new Station(String.format("%s-h%03d", p, all.size() + 1), city + county + "人大代表之家",
                    county, StationTier.HOME, AdministrativeLevel.COUNTY, p + "-h001");
            all.add(s);
            counties.add(s);
        }
        List<Station> townships = new ArrayList<>();
        int townshipHomes = spec.homes() - 1 - spec.counties();
        for (int t = 0; t < townshipHomes; t++) {
            Station county = counties.get(t % counties.size());
            String town = place(t, t % 5 == 0 ? "街道" : t % 3 == 0 ? "乡" : "镇");
            Station s = new Station(String.format("%s-h%03d", p, all.size() + 1),
                    county.name.replace("人大代表之家", "") + town + "人大代表之家", town, StationTier.HOME,
                    AdministrativeLevel.TOWNSHIP, county.code);
            all.add(s);
            townships.add(s);
        }
        List<Station> villages = new ArrayList<>();
        for (int v = 0; v < spec.stations(); v++) {
            Station home = townships.isEmpty() ? counties.get(v % counties.size()) : townships.get(v % townships.size());
            String village = place(v + 400, v % 4 == 0 ? "社区" : "村");
            Station s = new Station(String.format("%s-s%04d", p, v + 1),
                    home.name.replace("人大代表之家", "") + village + "人大代表联络站", village, StationTier.STATION,
                    AdministrativeLevel.VILLAGE, home.code);
            all.add(s);
            villages.add(s);
        }
        for (int r = 0; r < spec.rooms(); r++) {
            Station station = villages.get(r % villages.size());
            String area = "第" + (r / villages.size() + 1) + "片区";
            all.add(new Station(String.format("%s-r%04d", p, r + 1),
                    station.name.replace("人大代表联络站", "") + area + "人大代表联络室", station.shortName + area,
                    StationTier.ROOM, AdministrativeLevel.VILLAGE, station.code));
        }
        return all;
    }

    private static String place(int index, String suffix) {
        int n = SYLLABLES.length();
        int a = index % n;
        int b = (index / n + a + 1) % n;
        String name = "" + SYLLABLES.charAt(a) + SYLLABLES.charAt(b);
        return (index >= n * (n - 1) ? name + index : name) + suffix;
    }

    /** Roughly the five-level mix of a prefecture-level city; one in seven county deputies also sits in a township congress. */
    private static List<CongressLevel[]> levelPlan(int deputies, Random random) {
        List<CongressLevel[]> plan = new ArrayList<>(deputies);
        for (int i = 0; i < deputies; i++) {
            double x = (double) i / deputies;
            CongressLevel[] levels;
            if (x < 0.001) {
                levels = new CongressLevel[] {CongressLevel.NATIONAL};
            } else if (x < 0.006) {
                levels = new CongressLevel[] {CongressLevel.PROVINCIAL};
            } else if (x < 0.04) {
                levels = random.nextInt(3) == 0 ? new CongressLevel[] {CongressLevel.CITY, CongressLevel.COUNTY}
                        : new CongressLevel[] {CongressLevel.CITY};
            } else if (x < 0.26) {
                levels = random.nextInt(7) == 0 ? new CongressLevel[] {CongressLevel.COUNTY, CongressLevel.TOWNSHIP}
                        : new CongressLevel[] {CongressLevel.COUNTY};
            } else {
                levels = new CongressLevel[] {CongressLevel.TOWNSHIP};
            }
            plan.add(levels);
        }
        return plan;
    }

    private static String constituency(CongressLevel top, int i, CitySpec spec) {
        return switch (top) {
            case NATIONAL, PROVINCIAL -> spec.cityName() + "代表团";
            case CITY -> COUNTIES[i % Math.min(spec.counties(), COUNTIES.length)] + "代表团";
            case COUNTY -> "第" + (i % 120 + 1) + "选区";
            case TOWNSHIP -> "第" + (i % 40 + 1) + "选区";
        };
    }

    private static String term(CongressLevel top) {
        return switch (top) {
            case NATIONAL, PROVINCIAL -> "第十四届（2023—2028）";
            case CITY -> "第七届（2022—2027）";
            case COUNTY -> "第十八届（2021—2026）";
            case TOWNSHIP -> "第十九届（2021—2026）";
        };
    }
}
