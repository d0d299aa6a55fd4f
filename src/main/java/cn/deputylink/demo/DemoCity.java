package cn.deputylink.demo;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.shared.geo.AdministrativeLevel;
import cn.deputylink.station.StationTier;
import java.util.List;
import java.util.Set;

/**
 * The demo city 云溪市 with its county 青山县, three townships and their villages. Made up, but
 * shaped like a real county: homes at city, county and township level, stations in villages,
 * communities and an industrial park, rooms below them.
 */
final class DemoCity {

    static final String CITY = "云溪市";

    record StationSeed(String code, String name, StationTier tier, AdministrativeLevel level, String parent,
                       String address, String staffName) {
    }

    record DepartmentSeed(String code, String name, AdministrativeLevel level, String userName) {
    }

    record GroupSeed(String code, String name, String station, String specialty) {
    }

    record DeputySeed(String code, String name, Set<CongressLevel> levels, String constituency, List<String> stations,
                      String group, String specialty, String workUnit) {
    }

    record RoleUser(String id, String name, String group, String role) {
    }

    static final String OPEN_HOURS = "每周一至周五 9:00-17:00；每月 15 日为代表接待选民日";

    static final List<StationSeed> STATIONS = List.of(
            new StationSeed("yx", "云溪市人大代表之家", StationTier.HOME, AdministrativeLevel.CITY, null,
                    "云溪市人民路 1 号市民中心一楼", "孟晓光"),
            new StationSeed("qs", "云溪市青山县人大代表之家", StationTier.HOME, AdministrativeLevel.COUNTY, "yx",
                    "青山县城关街道府前路 8 号", "秦雅琴"),
            new StationSeed("ty", "云溪市青山县桃源镇人大代表之家", StationTier.HOME, AdministrativeLevel.TOWNSHIP, "qs",
                    "桃源镇人民政府一楼", "江海波"),
            new StationSeed("lh", "云溪市青山县柳河乡人大代表之家", StationTier.HOME, AdministrativeLevel.TOWNSHIP, "qs",
                    "柳河乡便民服务中心", "叶红梅"),
            new StationSeed("cg", "云溪市青山县城关街道人大代表之家", StationTier.HOME, AdministrativeLevel.TOWNSHIP, "qs",
                    "城关街道党群服务中心", "方志远"),
            new StationSeed("ty-xl", "云溪市青山县桃源镇杏林村人大代表联络站", StationTier.STATION,
                    AdministrativeLevel.VILLAGE, "ty", "杏林村党群服务中心", "石玉珍"),
            new StationSeed("lh-sq", "云溪市青山县柳河乡石桥村人大代表联络站", StationTier.STATION,
                    AdministrativeLevel.VILLAGE, "lh", "石桥村村委会", "雷振东"),
            new StationSeed("cg-dm", "云溪市青山县城关街道东门社区人大代表联络站", StationTier.STATION,
                    AdministrativeLevel.VILLAGE, "cg", "东门社区服务中心", "贺丽华"),
            new StationSeed("cg-gy", "云溪市青山县城关街道工业园区人大代表联络站", StationTier.STATION,
                    AdministrativeLevel.VILLAGE, "cg", "工业园区管委会", "龙建新"),
            new StationSeed("ty-xl-1", "云溪市青山县桃源镇杏林村一组人大代表联络室", StationTier.ROOM,
                    AdministrativeLevel.VILLAGE, "ty-xl", "杏林村一组文化室", "段春华"),
            new StationSeed("ty-xl-2", "云溪市青山县桃源镇杏林村茶园片区人大代表联络室", StationTier.ROOM,
                    AdministrativeLevel.VILLAGE, "ty-xl", "茶园片区农家书屋", "汤秋菊"),
            new StationSeed("lh-sq-1", "云溪市青山县柳河乡石桥村河湾组人大代表联络室", StationTier.ROOM,
                    AdministrativeLevel.VILLAGE, "lh-sq", "河湾组活动室", "黎国庆"),
            new StationSeed("cg-dm-1", "云溪市青山县城关街道东门社区锦绣小区人大代表联络室", StationTier.ROOM,
                    AdministrativeLevel.VILLAGE, "cg-dm", "锦绣小区物业楼二楼", "史婷婷"),
            new StationSeed("cg-dm-2", "云溪市青山县城关街道东门社区老街片区人大代表联络室", StationTier.ROOM,
                    AdministrativeLevel.VILLAGE, "cg-dm", "老街片区邻里中心", "邵德胜"),
            new StationSeed("cg-gy-1", "云溪市青山县城关街道工业园区创业园人大代表联络室", StationTier.ROOM,
                    AdministrativeLevel.VILLAGE, "cg-gy", "创业园服务大厅", "熊佳琪"));

    static final List<DepartmentSeed> DEPARTMENTS = List.of(
            new DepartmentSeed("jtj", "青山县交通运输局", AdministrativeLevel.COUNTY, "严立新"),
            new DepartmentSeed("zjj", "青山县住房和城乡建设局", AdministrativeLevel.COUNTY, "钟建华"),
            new DepartmentSeed("hbj", "青山县生态环境局", AdministrativeLevel.COUNTY, "万清泉"),
            new DepartmentSeed("jyj", "青山县教育局", AdministrativeLevel.COUNTY, "傅明月"),
            new DepartmentSeed("wjj", "青山县卫生健康局", AdministrativeLevel.COUNTY, "程安康"),
            new DepartmentSeed("nyj", "青山县农业农村局", AdministrativeLevel.COUNTY, "谭丰收"),
            new DepartmentSeed("mzj", "青山县民政局", AdministrativeLevel.COUNTY, "廖慧敏"),
            new DepartmentSeed("cgj", "青山县城市管理局", AdministrativeLevel.COUNTY, "邹卫国"),
            new DepartmentSeed("sjtj", "云溪市交通运输局", AdministrativeLevel.CITY, "崔远航"),
            new DepartmentSeed("szjj", "云溪市住房和城乡建设局", AdministrativeLevel.CITY, "陆安居"));

    static final List<GroupSeed> GROUPS = List.of(
            new GroupSeed("g-ty", "桃源镇代表小组", "ty", null),
            new GroupSeed("g-lh", "柳河乡代表小组", "lh", null),
            new GroupSeed("g-cg1", "城关街道第一代表小组", "cg", null),
            new GroupSeed("g-cg2", "城关街道第二代表小组", "cg", null),
            new GroupSeed("g-qs-kwj", "青山县教科文卫专业代表小组", "qs", "教科文卫"),
            new GroupSeed("g-qs-cj", "青山县财政经济专业代表小组", "qs", "财政经济"),
            new GroupSeed("g-yx", "云溪市驻青山代表小组", "yx", null));

    private static final Set<CongressLevel> NATIONAL = Set.of(CongressLevel.NATIONAL);
    private static final Set<CongressLevel> PROVINCIAL = Set.of(CongressLevel.PROVINCIAL);
    private static final Set<CongressLevel> CITY_COUNTY = Set.of(CongressLevel.CITY, CongressLevel.COUNTY);
    private static final Set<CongressLevel> CITY_ONLY = Set.of(CongressLevel.CITY);
    private static final Set<CongressLevel> COUNTY = Set.of(CongressLevel.COUNTY);
    private static final Set<CongressLevel> COUNTY_TOWNSHIP = Set.of(CongressLevel.COUNTY, CongressLevel.TOWNSHIP);
    private static final Set<CongressLevel> TOWNSHIP = Set.of(CongressLevel.TOWNSHIP);

    static final List<DeputySeed> DEPUTIES = List.of(
            new DeputySeed("D001", "张建国", NATIONAL, "省代表团（云溪市选出）", List.of("yx", "qs"), "g-yx", "农业", "青山县桃源镇杏林村党支部"),
            new DeputySeed("D002", "李秀英", PROVINCIAL, "云溪市代表团", List.of("yx", "cg"), "g-yx", "医疗卫生", "青山县人民医院"),
            new DeputySeed("D003", "王志强", PROVINCIAL, "云溪市代表团", List.of("yx", "cg-gy"), "g-yx", "企业管理", "青山机械制造有限公司"),
            new DeputySeed("D004", "刘春梅", CITY_COUNTY, "青山县代表团", List.of("qs", "ty"), "g-yx", "教育", "青山县第一中学"),
            new DeputySeed("D005", "陈国华", CITY_ONLY, "青山县代表团", List.of("qs", "lh"), "g-yx", "法律", "青山县律师事务所"),
            new DeputySeed("D006", "杨丽娟", CITY_ONLY, "青山县代表团", List.of("qs", "cg-dm"), "g-yx", "社区治理", "东门社区居委会"),
            new DeputySeed("D007", "赵文斌", CITY_COUNTY, "青山县代表团", List.of("qs", "cg-gy"), "g-qs-cj", "财政经济", "青山县农村商业银行"),
            new DeputySeed("D008", "黄晓燕", CITY_ONLY, "青山县代表团", List.of("qs", "ty-xl"), "g-qs-kwj", "文化旅游", "桃源镇文化站"),
            new DeputySeed("D009", "周明辉", CITY_COUNTY, "青山县代表团", List.of("qs", "lh-sq"), "g-qs-cj", "农业", "柳河乡农机合作社"),
            new DeputySeed("D010", "吴海燕", COUNTY, "青山县第1选区（桃源镇杏林村）", List.of("ty", "ty-xl"), "g-ty", "农业", "杏林村茶叶专业合作社"),
            new DeputySeed("D011", "徐志刚", COUNTY, "青山县第2选区（桃源镇杏林村）", List.of("ty", "ty-xl-1"), "g-ty", null, "杏林村村委会"),
            new DeputySeed("D012", "孙桂兰", COUNTY_TOWNSHIP, "青山县第3选区（桃源镇集镇）", List.of("ty", "ty-xl-2"), "g-ty", "医疗卫生", "桃源镇卫生院"),
            new DeputySeed("D013", "马俊杰", COUNTY, "青山县第4选区（桃源镇）", List.of("ty"), "g-ty", "教育", "桃源镇中心小学"),
            new DeputySeed("D014", "朱红霞", COUNTY, "青山县第5选区（柳河乡石桥村）", List.of("lh", "lh-sq"), "g-lh", null, "石桥村村委会"),
            new DeputySeed("D015", "胡德明", COUNTY_TOWNSHIP, "青山县第6选区（柳河乡）", List.of("lh", "lh-sq-1"), "g-lh", "水利", "柳河乡水利站"),
            new DeputySeed("D016", "郭玉兰", COUNTY, "青山县第7选区（柳河乡）", List.of("lh"), "g-lh", "养老服务", "柳河乡敬老院"),
            new DeputySeed("D017", "何建平", COUNTY, "青山县第8选区（城关街道东门社区）", List.of("cg", "cg-dm"), "g-cg1", "城市管理", "东门社区居委会"),
            new DeputySeed("D018", "高淑芬", COUNTY, "青山县第9选区（城关街道东门社区）", List.of("cg", "cg-dm-1"), "g-cg1", "教育", "城关第二小学"),
            new DeputySeed("D019", "林永福", COUNTY_TOWNSHIP, "青山县第10选区（城关街道老街）", List.of("cg", "cg-dm-2"), "g-cg1", "商贸", "老街商户联合会"),
            new DeputySeed("D020", "罗春燕", COUNTY, "青山县第11选区（城关街道工业园区）", List.of("cg", "cg-gy"), "g-cg2", "企业管理", "青山纺织有限公司"),
            new DeputySeed("D021", "郑卫东", COUNTY, "青山县第12选区（城关街道工业园区）", List.of("cg", "cg-gy-1"), "g-cg2", "安全生产", "工业园区安监站"),
            new DeputySeed("D022", "梁秀珍", COUNTY, "青山县第13选区（城关街道）", List.of("cg"), "g-cg2", "医疗卫生", "城关街道社区卫生服务中心"),
            new DeputySeed("D023", "谢振华", COUNTY, "青山县第14选区（城关街道）", List.of("cg", "cg-dm"), "g-qs-kwj", "科技", "青山县科技馆"),
            new DeputySeed("D024", "宋丽萍", COUNTY, "青山县第15选区（城关街道）", List.of("cg"), "g-qs-kwj", "教育", "青山县职业中学"),
            new DeputySeed("D025", "唐国强", COUNTY, "青山县第16选区（桃源镇）", List.of("ty"), "g-qs-cj", "财政经济", "桃源镇财政所"),
            new DeputySeed("D026", "许美玲", COUNTY, "青山县第17选区（柳河乡）", List.of("lh"), "g-qs-kwj", "文化旅游", "柳河乡文化站"),
            new DeputySeed("D027", "韩立新", COUNTY_TOWNSHIP, "青山县第18选区（柳河乡）", List.of("lh", "lh-sq"), "g-lh", "农业", "柳河乡农技站"),
            new DeputySeed("D028", "冯彩霞", COUNTY, "青山县第19选区（城关街道）", List.of("cg", "cg-dm-1"), "g-cg1", "社区治理", "锦绣小区业主委员会"),
            new DeputySeed("D029", "邓志勇", COUNTY, "青山县第20选区（城关街道）", List.of("cg", "cg-gy"), "g-cg2", "交通运输", "青山县公交公司"),
            new DeputySeed("D030", "曹玉梅", TOWNSHIP, "桃源镇第1选区（杏林村）", List.of("ty-xl"), "g-ty", null, "杏林村妇联"),
            new DeputySeed("D031", "彭家宝", TOWNSHIP, "桃源镇第2选区（杏林村茶园）", List.of("ty-xl-2"), "g-ty", "农业", "茶园种植大户"),
            new DeputySeed("D032", "曾凤英", TOWNSHIP, "桃源镇第3选区（集镇）", List.of("ty"), "g-ty", null, "桃源镇个体工商户"),
            new DeputySeed("D033", "肖文华", TOWNSHIP, "柳河乡第1选区（石桥村）", List.of("lh-sq"), "g-lh", null, "石桥村村民"),
            new DeputySeed("D034", "田秀云", TOWNSHIP, "柳河乡第2选区（石桥村河湾组）", List.of("lh-sq-1"), "g-lh", "养殖", "河湾组养殖户"),
            new DeputySeed("D035", "董建军", TOWNSHIP, "柳河乡第3选区", List.of("lh"), "g-lh", null, "柳河乡供销社"),
            new DeputySeed("D036", "袁雪梅", TOWNSHIP, "城关街道第1选区（东门社区）", List.of("cg-dm"), "g-cg1", null, "东门社区网格员"),
            new DeputySeed("D037", "潘永刚", TOWNSHIP, "城关街道第2选区（老街）", List.of("cg-dm-2"), "g-cg1", null, "老街居民"),
            new DeputySeed("D038", "蒋桂芳", TOWNSHIP, "城关街道第3选区（锦绣小区）", List.of("cg-dm-1"), "g-cg2", null, "锦绣小区居民"),
            new DeputySeed("D039", "蔡明亮", TOWNSHIP, "城关街道第4选区（工业园区）", List.of("cg-gy-1"), "g-cg2", "企业管理", "创业园入驻企业"),
            new DeputySeed("D040", "余晓红", TOWNSHIP, "城关街道第5选区（工业园区）", List.of("cg-gy"), "g-cg2", null, "工业园区职工"));

    /** Role users; department, station staff and deputy users are derived from the lists above. */
    static final List<RoleUser> ROLE_USERS = List.of(
            new RoleUser("office", "王主任", "liaison-office", "人大代表工委（联络科）"),
            new RoleUser("office2", "胡科长", "liaison-office", "人大代表工委（联络科）"),
            new RoleUser("supervisor", "赵副主任", "supervisors", "常委会领导（督办）"),
            new RoleUser("gov", "钱秘书", "gov-office", "政府办"),
            new RoleUser("party", "孔秘书", "party-office", "党委办"));

    static final String TERM_COUNTY = "第十八届（2021—2026）";

    private DemoCity() {
    }

    static String staffUser(String stationCode) {
        return "staff-" + stationCode;
    }

    static String departmentUser(String departmentCode) {
        return departmentCode + "01";
    }

    static String deputyUser(String deputyCode) {
        return deputyCode.toLowerCase();
    }
}
