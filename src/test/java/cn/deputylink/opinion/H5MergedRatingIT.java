package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.h5.H5Http;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** On the phone pages, a merged case's citizen reads the shared reply with their own 查询码 and rates it once. */
class H5MergedRatingIT extends OpinionItSupport {

    @LocalServerPort
    int port;

    @Test
    void theMergedCitizenRatesThroughThePageOnceAndOnlyWithTheirSecret() throws Exception {
        String first = submit(opinion("stationCode", "lh-sq", "content",
                "社区东门的路灯坏了一排，晚上出行很不安全，请尽快修好。", "phone", "13500005555"));
        String second = submit(opinion("stationCode", "lh-sq", "content",
                "东门那排路灯不亮很久了，晚上走路看不见，希望修一下。", "phone", "13500006666"));
        complete("staff-lh-sq", second, OpinionProcess.TRIAGE, "merge", true, "mergeInto", first);
        complete("staff-lh-sq", first, OpinionProcess.TRIAGE, "merge", false, "category", "OTHER", "route", "LOCAL",
                "departmentCode", "zjj");
        complete("zjj01", first, OpinionProcess.HANDLE, "reassign", false, "reply", "已安排维修东门路灯。");
        executeDueJobs();

        H5Http phone = new H5Http("http://localhost:" + port);
        String csrf = H5Http.csrf(phone.get("/h5/track").body());
        HttpResponse<String> page = phone.postForm("/h5/track",
                Map.of("_csrf", csrf, "code", second, "accessCode", accessCode(second)));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("已安排维修东门路灯。", "合并办理", first, "提交评价");

        HttpResponse<String> withoutSecret = phone.postForm("/h5/o/" + second + "/rating",
                Map.of("_csrf", H5Http.csrf(page.body()), "rating", "SATISFIED"));
        assertThat(withoutSecret.statusCode()).isEqualTo(403);
        HttpResponse<String> othersSecret = phone.postForm("/h5/o/" + second + "/rating",
                Map.of("_csrf", H5Http.csrf(page.body()), "rating", "SATISFIED", "k", accessCode(first)));
        assertThat(othersSecret.statusCode()).isEqualTo(403);

        HttpResponse<String> rated = phone.postForm("/h5/o/" + second + "/rating",
                Map.of("_csrf", H5Http.csrf(page.body()), "rating", "BASICALLY_SATISFIED", "k", accessCode(second)));
        assertThat(rated.statusCode()).isEqualTo(302);
        HttpResponse<String> after = phone.get(rated.headers().firstValue("Location").orElseThrow());
        assertThat(after.body()).contains("感谢您的评价").doesNotContain("提交评价");
        assertThat(jdbc.queryForObject("SELECT f.rating FROM opinion_feedback f JOIN opinion o ON o.id = f.opinion_id "
                + "WHERE o.tracking_code = ?", String.class, second)).isEqualTo("BASICALLY_SATISFIED");

        // a second rating is refused politely
        HttpResponse<String> again = phone.postForm("/h5/o/" + second + "/rating",
                Map.of("_csrf", H5Http.csrf(page.body()), "rating", "UNSATISFIED", "k", accessCode(second)));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(phone.get(again.headers().firstValue("Location").orElseThrow()).body()).contains("已评价");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM opinion_feedback f JOIN opinion o ON o.id = f.opinion_id "
                + "WHERE o.tracking_code = ?", Long.class, second)).isEqualTo(1);
    }
}
