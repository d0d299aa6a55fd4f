package cn.deputylink.registry.imports;

import java.util.List;

/** The rosters the office keeps in Excel: each with its Chinese headers (a "*" marks a required column). */
public enum RosterKind {
    STATIONS("家站室", List.of("站点编码*", "站点名称*", "类型*", "行政层级*", "上级站点编码", "地址", "开放时间", "工作人员账号"),
            List.of(List.of("ty-xl-3", "云溪市青山县桃源镇杏林村三组人大代表联络室", "代表联络室", "村（社区）级", "ty-xl",
                    "杏林村三组文化室", "每周一至周五 9:00-17:00", "staff-ty-xl")),
            "类型填“代表之家”“代表联络站”或“代表联络室”；行政层级填“市级”“县级”“乡镇（街道）级”或“村（社区）级”；"
                    + "上级站点须已登记或在本表中更靠前的行；多个工作人员账号用顿号“、”分隔。"),
    DEPUTIES("代表", List.of("代表编码*", "姓名*", "层级*", "原选区*", "所进站点编码", "代表小组编码", "专业", "工作单位",
            "届次*", "手机号码", "登录账号"),
            List.of(List.of("D101", "林晓东", "县（市、区）人大代表", "青山县第21选区（桃源镇）", "ty、ty-xl", "g-ty", "农业",
                            "桃源镇农技站", "第十八届（2021—2026）", "13800001111", "d101"),
                    List.of("D102", "韩春兰", "乡镇人大代表", "桃源镇第4选区", "ty-xl", "g-ty", "", "杏林村村委会",
                            "第十九届（2021—2026）", "", "")),
            "层级可填多个，用顿号“、”分隔，如“市人大代表、县（市、区）人大代表”，也可简写为“全国”“省”“市”“县”“乡镇”；"
                    + "届次填已登记届次的编码（同时登记任期），或届次名称；登录账号不存在时自动创建，初始密码随机生成，导入完成后下载一次。"),
    GROUPS("代表小组", List.of("小组编码*", "小组名称*", "活动站点编码", "专业领域"),
            List.of(List.of("g-ty2", "桃源镇第二代表小组", "ty", ""), List.of("g-qs-fz", "青山县法治专业代表小组", "qs", "法治")),
            "活动站点须已登记。"),
    DEPARTMENTS("承办单位", List.of("单位编码*", "单位名称*", "层级*", "工作人员账号"),
            List.of(List.of("slj", "青山县水利局", "县级", "")),
            "单位编码为 2 至 40 位小写字母或数字；工作人员账号须已存在，多个用顿号分隔（新账号请用“账号”表导入）。"),
    ACCOUNTS("账号", List.of("登录账号*", "姓名*", "类别*", "所属编码*"),
            List.of(List.of("staff-ty-xl-2", "王小兰", "站点工作人员", "ty-xl"), List.of("jtj02", "陈立", "承办单位工作人员", "jtj")),
            "类别填“代表”“站点工作人员”或“承办单位工作人员”；所属编码为代表编码、站点编码或单位编码；"
                    + "账号已存在时只关联，不改密码；新账号的随机初始密码在导入完成后下载一次。"),
    HOUSEHOLDS("联系户", List.of("代表编码*", "户主姓名*", "户主电话*", "所属站点编码*", "地址"),
            List.of(List.of("D010", "张大山", "13900002222", "ty-xl", "杏林村一组 12 号")),
            "户主姓名和电话是个人信息，只用于联系，在列表和导出中脱敏显示。"),
    COMMITTEE_LINKS("常委会组成人员联系代表", List.of("组成人员代表编码*", "联系代表编码*"),
            List.of(List.of("D004", "D010"), List.of("D004", "D011")),
            "每名常委会组成人员一般联系 5 名代表。");

    private final String label;
    private final List<String> headers;
    private final List<List<String>> examples;
    private final String notes;

    RosterKind(String label, List<String> headers, List<List<String>> examples, String notes) {
        this.label = label;
        this.headers = headers;
        this.examples = examples;
        this.notes = notes;
    }

    public String label() {
        return label;
    }

    /** Headers as written in the sheet (required ones end in "*"). */
    public List<String> headers() {
        return headers;
    }

    public List<List<String>> examples() {
        return examples;
    }

    public String notes() {
        return notes;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static RosterKind fromSlug(String slug) {
        for (RosterKind k : values()) {
            if (k.slug().equals(slug)) {
                return k;
            }
        }
        return null;
    }
}
