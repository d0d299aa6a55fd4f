package cn.deputylink.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deputylink.shared.web.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** What Tasklist, the engine REST API and our own API may submit for the same form field. */
class FormValuesTest {

    @Test
    void departmentListsArriveAsJsonArraysJavaListsOrText() {
        assertThat(FormValues.codes(Spin.JSON("[\"zjj\",\"hbj\"]"))).containsExactly("zjj", "hbj");
        assertThat(FormValues.codes(Spin.JSON("[{\"label\":\"住建局\",\"value\":\"zjj\"}]"))).containsExactly("zjj");
        assertThat(FormValues.codes("[\"zjj\"]")).containsExactly("zjj");
        assertThat(FormValues.codes(List.of("zjj", " hbj ", "zjj"))).containsExactly("zjj", "hbj");
        assertThat(FormValues.codes("D011, D012，D013、D014")).containsExactly("D011", "D012", "D013", "D014");
        assertThat(FormValues.codes(null)).isEmpty();
        assertThat(FormValues.codes("")).isEmpty();
    }

    @Test
    void codesDatesAndTextsAreCheckedWithChineseReasons() {
        assertThat(FormValues.code(Rating.class, "SATISFIED", "rating", "评价")).isEqualTo(Rating.SATISFIED);
        assertThatThrownBy(() -> FormValues.code(Rating.class, "GOOD", "rating", "评价"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("评价取值无效");
        assertThatThrownBy(() -> FormValues.code(Rating.class, null, "rating", "评价")).hasMessage("请选择评价");
        assertThat(FormValues.date("2026-03-01", "d", "日期")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(FormValues.date("2026-03-01T00:00:00.000Z", "d", "日期")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThatThrownBy(() -> FormValues.date("01/03/2026", "d", "日期")).hasMessageContaining("yyyy-MM-dd");
        assertThat(FormValues.required("  答复  ", "t", "答复", 10)).isEqualTo("答复");
        assertThatThrownBy(() -> FormValues.required(" ", "t", "答复", 10)).hasMessage("答复不能为空");
        assertThatThrownBy(() -> FormValues.optional("𠮷".repeat(11), "t", "答复", 10)).hasMessage("答复最长 10 字");
        assertThat(FormValues.optional("𠮷".repeat(10), "t", "答复", 10)).hasSize(20);
        assertThat(FormValues.flag("true")).isTrue();
        assertThat(FormValues.flag(null)).isFalse();
    }

    @Test
    void ratesKeepTheirParts() {
        assertThat(SuggestionStats.rate(1620, 1704).percent()).isEqualTo("95.1%");
        assertThat(SuggestionStats.rate(2, 3).rate()).isEqualByComparingTo("0.6667");
        assertThat(SuggestionStats.rate(0, 0).rate()).isNull();
        assertThat(SuggestionStats.rate(0, 0).percent()).isEqualTo("—");
    }
}
