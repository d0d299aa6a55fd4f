package cn.deputylink.registry;

import cn.deputylink.registry.imports.RosterKind;
import cn.deputylink.registry.imports.RosterSheet;
import java.util.List;

/** Roster files as the office fills them in: the template's sheet with the example rows replaced. */
final class RosterFiles {

    private RosterFiles() {
    }

    static byte[] of(RosterKind kind, List<List<String>> rows) {
        return RosterSheet.write(kind, rows, kind.notes());
    }

    /** A deputies' row in the template's column order. */
    static List<String> deputy(String code, String name, String levels, String stations, String group, String term,
                               String mobile, String user) {
        return List.of(code, name, levels, "青山县测试选区", stations, group, "", "测试单位", term, mobile, user);
    }
}
