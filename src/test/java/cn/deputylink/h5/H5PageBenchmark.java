package cn.deputylink.h5;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Benchmark, not part of the regular suite (its name matches neither *Test nor *IT): page weight
 * (HTML plus the stylesheets and scripts it loads, without photos) and time to first byte of the
 * citizens' pages on the demo data, over one keep-alive connection from this machine. Prints a
 * table; asserts only that every page answered 200. Run with
 *
 * <pre>
 * DEPUTYLINK_TEST_DB=dl_bench mvn -B test -Dtest=H5PageBenchmark [-Dh5.bench.requests=300]
 * </pre>
 *
 * Targets (issue 11): weight ≤ 100 KB, first byte p95 ≤ 100 ms.
 */
class H5PageBenchmark extends IntegrationTest {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void pageWeightAndFirstByte() throws Exception {
        int requests = Integer.getInteger("h5.bench.requests", 200);
        String token = jdbc.queryForObject("SELECT public_token FROM deputy WHERE active = TRUE ORDER BY code LIMIT 1",
                String.class);
        String opinion = post(null, "/api/public/opinions", Map.of("stationCode", "ty-xl",
                "content", "基准测试：村道路灯不亮。")).getBody().path("trackingCode").asText();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("首页", "/h5/");
        pages.put("首页查找", "/h5/?q=%E6%9D%8F%E6%9E%97");
        pages.put("代表名片", "/h5/deputies/" + token);
        pages.put("站点名片", "/h5/stations/ty-xl");
        pages.put("查询页", "/h5/track");
        pages.put("办理进展（无查询码）", "/h5/o/" + opinion);
        pages.put("评价公示", "/h5/reviews");

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://localhost:" + port;
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-22s %8s %8s %9s %9s %9s", "page", "HTML KB", "total KB", "p50 ms", "p95 ms", "max ms"));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            HttpResponse<String> first = client.send(get(base + page.getValue()), HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).as(page.getKey()).isEqualTo(200);
            long html = first.body().getBytes(StandardCharsets.UTF_8).length;
            long total = html;
            Set<String> assets = new LinkedHashSet<>();
            Matcher m = ASSET.matcher(first.body());
            while (m.find()) {
                assets.add(m.group(1));
            }
            for (String asset : assets) {
                total += client.send(get(base + asset), HttpResponse.BodyHandlers.ofByteArray()).body().length;
            }
            for (int i = 0; i < 20; i++) {
                client.send(get(base + page.getValue()), HttpResponse.BodyHandlers.discarding());
            }
            double[] millis = new double[requests];
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                HttpResponse<java.io.InputStream> r = client.send(get(base + page.getValue()),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (java.io.InputStream body = r.body()) {
                    body.read();
                    millis[i] = (System.nanoTime() - start) / 1e6;
                    body.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            Arrays.sort(millis);
            lines.add(String.format("%-22s %8.1f %8.1f %9.1f %9.1f %9.1f", page.getKey(), html / 1024.0, total / 1024.0,
                    millis[requests / 2], millis[(int) Math.ceil(requests * 0.95) - 1], millis[requests - 1]));
        }
        System.out.println();
        System.out.println("H5 page benchmark (" + requests + " sequential requests per page, keep-alive, "
                + Runtime.getRuntime().availableProcessors() + " cores)");
        lines.forEach(System.out::println);
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "identity").GET().build();
    }
}
