package cn.deputylink.h5;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.IntegrationTest;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The citizens' phone pages as a phone without JavaScript uses them, and the printed QR codes. */
class H5PagesIT extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("id=\"tracking-code\">([^<]+)<");
    private static final Pattern ACCESS = Pattern.compile("id=\"access-code\" class=\"secret\">([^<]+)<");
    private static final Pattern LINK = Pattern.compile("id=\"private-link\" href=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    PublicLinks links;

    private H5Http phone() {
        return new H5Http("http://localhost:" + port);
    }

    private String deputyToken(String stationCode) {
        return jdbc.queryForObject("SELECT d.public_token FROM deputy d JOIN deputy_station ds ON ds.deputy_id = d.id "
                + "JOIN liaison_station s ON s.id = ds.station_id WHERE s.code = ? AND d.active = TRUE "
                + "ORDER BY d.code LIMIT 1", String.class, stationCode);
    }

    private Map<String, String> fields(String page, Object... pairs) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("_csrf", H5Http.csrf(page));
        f.put("submissionKey", H5Http.submissionKey(page));
        for (int i = 0; i < pairs.length; i += 2) {
            f.put((String) pairs[i], String.valueOf(pairs[i + 1]));
        }
        return f;
    }

    @Test
    void homeFindsDeputiesAndStationsAndSaysItIsNotForEmergencies() throws Exception {
        HttpResponse<String> home = phone().get("/h5/?q=" + java.net.URLEncoder.encode("杏林村", StandardCharsets.UTF_8));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("lang=\"zh-CN\"", "不受理紧急求助", "110", "120", "119", "12345",
                "/h5/stations/ty-xl");
        assertThat(home.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(100 * 1024);
    }

    @Test
    void aDeputyCardCarriesTheFormAndBadInputComesBackInChineseWithTheTextKept() throws Exception {
        H5Http phone = phone();
        String token = deputyToken("ty-xl");
        HttpResponse<String> card = phone.get("/h5/deputies/" + token);
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains("给代表留言", "name=\"_csrf\"", "enctype=\"multipart/form-data\"",
                "接待选民日", "/assets/h5.js", H5OpinionPages.CONSENT_TEXT).doesNotContain("style=\"", "<script>");
        assertThat(card.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");

        String typed = "村口路灯坏了三个月，晚上看不见路<b>";
        HttpResponse<String> bad = phone.postMultipart("/h5/deputies/" + token + "/opinions",
                fields(card.body(), "content", typed, "phone", "12345", "name", "李四"), List.of());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("电话号码格式不正确", "id=\"phone-error\"", "aria-describedby=\"phone-error\"",
                "留下姓名或电话时，请勾选同意个人信息使用说明", "村口路灯坏了三个月，晚上看不见路&lt;b&gt;", "value=\"12345\"",
                "value=\"李四\"");

        HttpResponse<String> empty = phone.postMultipart("/h5/deputies/" + token + "/opinions",
                fields(bad.body(), "content", " "), List.of());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("请填写意见内容", "id=\"content-error\"");

        HttpResponse<String> heic = phone.postMultipart("/h5/deputies/" + token + "/opinions",
                fields(empty.body(), "content", typed),
                List.of(new H5Http.Part("photos", "IMG_0001.HEIC", "image/heic", H5Http.heicStart())));
        assertThat(heic.statusCode()).isEqualTo(400);
        // a broken HEIC: refused next to the field, whether or not libheif's converter is installed
        assertThat(heic.body()).contains("兼容性最佳", "id=\"photos-error\"");
        assertThat(heic.body()).containsAnyOf("暂不支持 HEIC/HEIF 格式的照片", "无法读取");

        HttpResponse<String> noCsrf = phone.postMultipart("/h5/deputies/" + token + "/opinions",
                Map.of("content", typed), List.of());
        assertThat(noCsrf.statusCode()).isEqualTo(403);
    }

    @Test
    void aSubmissionWithAPhotoGivesTheSecretsOnceAndThePhotoOnlyToStaffWithoutItsExif() throws Exception {
        H5Http phone = phone();
        HttpResponse<String> card = phone.get("/h5/stations/ty-xl");
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains("下次接待日", "本站代表");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM opinion", Long.class);

        HttpResponse<String> sent = phone.postMultipart("/h5/stations/ty-xl/opinions",
                fields(card.body(), "content", "杏林村二组水渠堵塞，雨天漫到路上。", "category", "AGRICULTURE",
                        "phone", "13900112233", "consent", "true"),
                List.of(new H5Http.Part("photos", "IMG_2001.jpg", "image/jpeg", H5Http.phoneJpeg())));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).endsWith("/h5/result");
        HttpResponse<String> result = phone.get("/h5/result");
        assertThat(result.statusCode()).isEqualTo(200);
        String code = group(CODE, result.body());
        String access = group(ACCESS, result.body());
        String link = group(LINK, result.body()).replace("&amp;", "&");
        assertThat(access).matches("\\d{6}");
        assertThat(link).startsWith(links.base() + "/h5/o/" + code + "?k=");
        assertThat(result.body()).contains("截图保存", "已上传照片 <span>1</span> 张");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM opinion", Long.class)).isEqualTo(before + 1);
        assertThat(phone.get("/h5/result").statusCode()).as("the secrets are shown once").isEqualTo(302);

        // the 受理通知 SMS went out with the link; the outbox keeps it with the secrets masked
        String body = jdbc.queryForObject("SELECT body FROM notification WHERE business_key = ? AND channel = 'SMS'",
                String.class, code);
        assertThat(body).contains(code).doesNotContain(access, link);

        // stored re-encoded: no EXIF, upright (orientation 6 turns 300×200 into 200×300)
        Map<String, Object> photo = jdbc.queryForMap("SELECT p.width, p.height, p.data FROM opinion_photo p "
                + "JOIN opinion o ON o.id = p.opinion_id WHERE o.tracking_code = ?", code);
        byte[] data = (byte[]) photo.get("data");
        assertThat(new String(data, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "GPSLatitude");
        assertThat(((Number) photo.get("width")).intValue()).isEqualTo(200);
        assertThat(((Number) photo.get("height")).intValue()).isEqualTo(300);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(data));
        assertThat(decoded.getWidth()).isEqualTo(200);

        // photos: the station that handles the case sees them; another department and the public do not
        ResponseEntity<byte[]> staff = download("staff-ty-xl", "/api/opinions/" + code + "/photos/1");
        assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(staff.getHeaders().getContentType().toString()).startsWith("image/jpeg");
        assertThat(download("wjj01", "/api/opinions/" + code + "/photos/1").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(download(null, "/api/opinions/" + code + "/photos/1").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        String linkPath = link.substring(links.base().length());
        assertThat(phone.get(linkPath).body()).doesNotContain("/photos/");

        // tracking: the private link shows the case; a rating without the secret is refused
        HttpResponse<String> page = phone.get(linkPath);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(code, "办理过程").doesNotContain("13900112233");
        String csrf = H5Http.csrf(phone.get("/h5/track").body());
        HttpResponse<String> noSecret = phone.postForm("/h5/o/" + code + "/rating",
                Map.of("_csrf", csrf, "rating", "SATISFIED"));
        assertThat(noSecret.statusCode()).isEqualTo(403);
        HttpResponse<String> wrongSecret = phone.postForm("/h5/o/" + code + "/rating",
                Map.of("_csrf", csrf, "rating", "SATISFIED", "k", "wrong-secret-token"));
        assertThat(wrongSecret.statusCode()).isEqualTo(403);

        HttpResponse<String> trackForm = phone.get("/h5/track");
        HttpResponse<String> wrong = phone.postForm("/h5/track",
                Map.of("_csrf", H5Http.csrf(trackForm.body()), "code", code, "accessCode", "000000".equals(access) ? "111111" : "000000"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("查询码不正确", "value=\"" + code + "\"");
        HttpResponse<String> right = phone.postForm("/h5/track",
                Map.of("_csrf", H5Http.csrf(trackForm.body()), "code", code, "accessCode", access));
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("办理进展", code);
    }

    @Test
    void qrCodesDecodeToThePublicPagesAndTheSheetListsEveryDeputyOfTheStation() throws Exception {
        Map<String, Object> d = jdbc.queryForMap("SELECT code, public_token FROM deputy WHERE active = TRUE ORDER BY code LIMIT 1");
        ResponseEntity<byte[]> png = download("office", "/api/deputies/" + d.get("code") + "/qr.png?size=300");
        assertThat(png.getStatusCode()).isEqualTo(HttpStatus.OK);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.getBody()));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(decode(image)).isEqualTo(links.base() + "/h5/deputies/" + d.get("public_token"));

        ResponseEntity<byte[]> station = download("office", "/api/stations/ty-xl/qr.png");
        assertThat(decode(ImageIO.read(new ByteArrayInputStream(station.getBody()))))
                .isEqualTo(links.base() + "/h5/stations/ty-xl");
        assertThat(download("office", "/api/stations/ty-xl/qr.png?size=5000").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(download(null, "/api/stations/ty-xl/qr.png").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<byte[]> sheet = download("office", "/api/stations/ty-xl/qr-sheet");
        assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.OK);
        String html = new String(sheet.getBody(), StandardCharsets.UTF_8);
        List<Map<String, Object>> deputies = jdbc.queryForList("SELECT d.code, d.name FROM deputy d "
                + "JOIN deputy_station ds ON ds.deputy_id = d.id JOIN liaison_station s ON s.id = ds.station_id "
                + "WHERE s.code = 'ty-xl' AND d.active = TRUE");
        assertThat(deputies).isNotEmpty();
        for (Map<String, Object> deputy : deputies) {
            assertThat(html).contains((String) deputy.get("name"), (String) deputy.get("code"));
        }
        assertThat(count(html, "class=\"deputy\"")).isEqualTo(deputies.size());
        assertThat(html).contains("qr-sheet.css").contains("data:image/png;base64,");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static String decode(BufferedImage image) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as(p.pattern()).isTrue();
        return m.group(1);
    }
}
