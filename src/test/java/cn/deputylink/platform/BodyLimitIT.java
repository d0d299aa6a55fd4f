package cn.deputylink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 10, finding 5: a 12 MB body was accepted anonymously. JSON bodies over
 * deputylink.public-api.max-json-bytes (256 KB) and uploads over the multipart limit get 413 with a
 * Chinese message before anything parses them, declared or chunked.
 */
class BodyLimitIT extends IntegrationTest {

    @Test
    void twelveMegabytesOfJsonAreRefusedWith413() {
        String huge = "{\"stationCode\":\"ty-xl\",\"content\":\"" + "长".repeat(4 * 1024 * 1024) + "\"}";
        ResponseEntity<JsonNode> answer = post(null, "/api/public/opinions", huge);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(answer.getBody().path("message").asText()).isEqualTo("请求内容过大，最大 256 KB");
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() throws Exception {
        byte[] body = ("{\"stationCode\":\"ty-xl\",\"content\":\"" + "x".repeat(300 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/api/public/opinions"))
                .header("Content-Type", "application/json")
                // a stream of unknown length goes out chunked, without Content-Length
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("请求内容过大");
    }

    @Test
    void smallBodiesPassToValidationAndOversizedUploadsGet413() throws Exception {
        ResponseEntity<JsonNode> tooLong = post(null, "/api/public/opinions",
                Map.of("stationCode", "ty-xl", "content", "长".repeat(3000)));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody().path("fieldErrors").get(0).path("field").asText()).isEqualTo("content");

        // over spring.servlet.multipart.max-request-size (16 MB: three 5 MB photos from the phone pages)
        byte[] file = new byte[17 * 1024 * 1024];
        Arrays.fill(file, (byte) 'a');
        HttpRequest request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/api/opinions/import"))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("office:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build();
        HttpResponse<String> upload = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(413);
        assertThat(upload.body()).contains("上传内容过大，最大 16 MB");
    }
}
