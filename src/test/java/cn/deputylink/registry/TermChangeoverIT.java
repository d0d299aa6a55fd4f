package cn.deputylink.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyDtos.DeputyRequest;
import cn.deputylink.ledger.ActivityLedger;
import cn.deputylink.ledger.ActivityType;
import cn.deputylink.registry.imports.ImportJob;
import cn.deputylink.registry.imports.ImportJobs;
import cn.deputylink.registry.imports.RosterImportService.Options;
import cn.deputylink.registry.imports.RosterKind;
import cn.deputylink.registry.term.CongressTerm;
import cn.deputylink.registry.term.TermService;
import cn.deputylink.registry.term.TermService.TermRequest;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 换届 over two terms, a by-election, and a deputy who leaves: seats end, records, ledger and history stay. */
class TermChangeoverIT extends IntegrationTest {

    @Autowired
    TermService terms;
    @Autowired
    ImportJobs jobs;
    @Autowired
    ActivityLedger ledger;

    private ImportJob changeover(CongressTerm term, List<List<String>> rows) {
        return jobs.runNow("office", RosterKind.DEPUTIES, "换届.xlsx", RosterFiles.of(RosterKind.DEPUTIES, rows),
                new Options(term.getCode()));
    }

    private Map<String, Object> seat(String termCode, String deputyCode) {
        return jdbc.queryForMap("""
                SELECT m.joined_on, m.joined_by, m.left_on, m.leave_reason FROM term_membership m
                JOIN congress_term t ON t.id = m.term_id JOIN deputy d ON d.id = m.deputy_id
                WHERE t.code = ? AND d.code = ?""", termCode, deputyCode);
    }

    private boolean active(String deputyCode) {
        return jdbc.queryForObject("SELECT active FROM deputy WHERE code = ?", Boolean.class, deputyCode);
    }

    @Test
    void aChangeoverEndsTheOldTermsSeatsAndKeepsEveryRecord() {
        String p = unique("HJ").toUpperCase();
        CongressTerm first = terms.create(new TermRequest(p + "-18", CongressLevel.TOWNSHIP, "第十八届",
                LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31)));
        CongressTerm second = terms.create(new TermRequest(p + "-19", CongressLevel.TOWNSHIP, "第十九届",
                LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThatThrownBy(() -> terms.create(new TermRequest(p + "-X", CongressLevel.TOWNSHIP, "重叠",
                LocalDate.of(2025, 6, 1), LocalDate.of(2030, 5, 31))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("重叠");

        String a = p + "A";
        String b = p + "B";
        String c = p + "C";
        String d = p + "D";
        String userC = (p + "c").toLowerCase();
        ImportJob one = changeover(first, List.of(
                RosterFiles.deputy(a, "连任甲", "乡镇", "ty", "g-ty", "", "", ""),
                RosterFiles.deputy(b, "离任乙", "乡镇", "ty", "g-ty", "", "", ""),
                RosterFiles.deputy(c, "离任丙", "乡镇", "ty-xl", "g-ty", "", "", userC)));
        assertThat(one.getPhase()).as(one.getErrors().toString()).isEqualTo(ImportJob.Phase.DONE);
        assertThat(seat(first.getCode(), a).get("joined_by")).isEqualTo("ELECTION");
        assertThat(jdbc.queryForObject("SELECT term FROM deputy WHERE code = ?", String.class, b))
                .isEqualTo("第十八届（2016—2020）");

        ledger.recordFromWorkflow(b, ActivityType.CONSTITUENT_RECEPTION, LocalDate.of(2019, 5, 15), null, "接待选民",
                "test:" + b);
        int ledgerOfB = jdbc.queryForObject("SELECT COUNT(*) FROM activity_record r JOIN deputy d ON d.id = r.deputy_id "
                + "WHERE d.code = ?", Integer.class, b);

        ImportJob two = changeover(second, List.of(
                RosterFiles.deputy(a, "连任甲", "乡镇", "ty", "g-ty", "", "", ""),
                RosterFiles.deputy(d, "新任丁", "乡镇", "lh", "g-lh", "", "", "")));
        assertThat(two.getPhase()).as(two.getErrors().toString()).isEqualTo(ImportJob.Phase.DONE);

        // the re-elected deputy: the old seat ended the day before the new term, a new seat, the new 届次
        assertThat(seat(first.getCode(), a)).containsEntry("left_on", java.sql.Date.valueOf("2020-12-31"));
        assertThat((String) seat(first.getCode(), a).get("leave_reason")).contains("换届");
        assertThat(seat(second.getCode(), a).get("left_on")).isNull();
        assertThat(active(a)).isTrue();
        assertThat(jdbc.queryForObject("SELECT term FROM deputy WHERE code = ?", String.class, a))
                .isEqualTo("第十九届（2021—2025）");
        // not re-elected: seat ended, deputy kept but inactive, ledger untouched, account without groups
        assertThat(seat(first.getCode(), b).get("left_on")).isEqualTo(java.sql.Date.valueOf("2020-12-31"));
        assertThat(active(b)).isFalse();
        assertThat(active(c)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_record r JOIN deputy d ON d.id = r.deputy_id "
                + "WHERE d.code = ?", Integer.class, b)).isEqualTo(ledgerOfB);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registry_change WHERE record_type = 'DEPUTY' "
                + "AND record_code = ? AND action = 'DEACTIVATED'", Integer.class, b)).isEqualTo(1);
        assertThat(identityService.createGroupQuery().groupMember(userC).count()).isZero();
        assertThat(identityService.createUserQuery().userId(userC).count()).isOne();
        // the newcomer
        assertThat(active(d)).isTrue();
        assertThat(seat(second.getCode(), d).get("joined_on")).isEqualTo(java.sql.Date.valueOf("2021-01-01"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM term_membership m JOIN congress_term t ON t.id = m.term_id "
                + "WHERE t.code = ? AND m.left_on IS NULL", Integer.class, second.getCode())).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM term_membership m JOIN congress_term t ON t.id = m.term_id "
                + "WHERE t.code = ? AND m.left_on IS NULL", Integer.class, first.getCode())).isZero();
    }

    @Test
    void aByElectionAddsADeputyMidTermAndALeaverKeepsTheRecord() {
        String p = unique("BX").toUpperCase();
        CongressTerm term = terms.create(new TermRequest(p, CongressLevel.PROVINCIAL, "第十四届",
                LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31)));
        DeputyRequest request = new DeputyRequest(p + "E", "补选戊", Set.of(CongressLevel.PROVINCIAL), "云溪市代表团",
                List.of("yx"), null, null, null, "（补选时填写）", 0, null);
        assertThatThrownBy(() -> terms.byElection(term.getCode(), request, LocalDate.of(2028, 3, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不在");
        Deputy elected = terms.byElection(term.getCode(), request, LocalDate.of(2024, 5, 1));
        assertThat(seat(term.getCode(), elected.getCode())).containsEntry("joined_by", "BY_ELECTION")
                .containsEntry("joined_on", java.sql.Date.valueOf("2024-05-01"));
        assertThat(elected.getTerm()).isEqualTo("第十四届（2023—2027）");

        terms.leave(elected.getCode(), LocalDate.of(2025, 1, 10), "调离本行政区域");
        assertThat(seat(term.getCode(), elected.getCode())).containsEntry("left_on", java.sql.Date.valueOf("2025-01-10"))
                .containsEntry("leave_reason", "调离本行政区域");
        assertThat(active(elected.getCode())).isFalse();
        assertThat(jdbc.queryForObject("SELECT name FROM deputy WHERE code = ?", String.class, elected.getCode()))
                .isEqualTo("补选戊");
    }
}
