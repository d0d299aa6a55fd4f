package cn.deputylink.vote;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.h5.H5Http;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The vote's public page on the phone, and 群众点单 through the page form (the API's checks and limits). */
class H5VotePagesIT extends VoteITSupport {

    @LocalServerPort
    int port;

    @Test
    void duringCollectionACitizenProposesThroughThePageWithFieldErrorsInChinese() throws Exception {
        clock(at(2026, 3, 2, 9));
        String vote = launch(congress(codes(1, 6)), 2026, 1, at(2026, 3, 23, 0), at(2026, 4, 20, 9));
        H5Http phone = new H5Http("http://localhost:" + port);

        HttpResponse<String> page = phone.get("/h5/votes/" + vote);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("征集中", "/h5/votes/" + vote + "/proposals/new");

        HttpResponse<String> form = phone.get("/h5/votes/" + vote + "/proposals/new");
        assertThat(form.statusCode()).isEqualTo(200);
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("_csrf", H5Http.csrf(form.body()));
        bad.put("submissionKey", H5Http.submissionKey(form.body()));
        bad.put("title", "");
        bad.put("description", "老旧小区加装电梯，方便老人上下楼");
        bad.put("area", "城关街道");
        bad.put("estimatedCost", "很多");
        HttpResponse<String> refused = phone.postForm("/h5/votes/" + vote + "/proposals", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("项目名称不能为空", "预计投资请填写数字", "老旧小区加装电梯，方便老人上下楼",
                "value=\"很多\"");

        long before = jdbc.queryForObject("SELECT COUNT(*) FROM project_proposal", Long.class);
        Map<String, String> good = new LinkedHashMap<>(bad);
        good.put("_csrf", H5Http.csrf(refused.body()));
        good.put("title", "东门小区加装电梯");
        good.put("estimatedCost", "120");
        HttpResponse<String> accepted = phone.postForm("/h5/votes/" + vote + "/proposals", good);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("建议已提交", "建议编号");
        // the same form sent twice (a double tap) registers one proposal
        phone.postForm("/h5/votes/" + vote + "/proposals", good);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM project_proposal", Long.class)).isEqualTo(before + 1);

        assertThat(phone.get("/h5/reviews").statusCode()).isEqualTo(200);
        assertThat(phone.get("/h5/votes/NO-SUCH-VOTE").statusCode()).isEqualTo(404);
    }
}
