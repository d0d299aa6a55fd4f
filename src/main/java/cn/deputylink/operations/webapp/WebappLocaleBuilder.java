package cn.deputylink.operations.webapp;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds the Chinese (zh-Hans) locale files of Camunda's webapps at build time (Maven runs it in
 * {@code process-classes}): for every key of the running webapp version's English file the value
 * comes from our own additions ({@code src/main/resources/webapp-locales/<app>.zh-Hans.json})
 * first, then from the npm package {@code camunda-webapp-translations}, and only then from the
 * English file. The English fallback keeps a screen readable when Camunda adds keys in an update;
 * {@code WebappLocalesTest} fails the build for Tasklist, Admin and the welcome page, and for the
 * Cockpit screens we promise in Chinese, as soon as such a fallback is used there.
 *
 * <p>The result goes to {@code META-INF/resources/webjars/camunda/app/<app>/locales/zh-Hans.json}
 * in the output folder, which is on the classpath before the webapp jar.
 */
public final class WebappLocaleBuilder {

    public static final List<String> APPS = List.of("tasklist", "admin", "welcome", "cockpit");
    public static final String LOCALE = "zh-Hans";
    public static final String WEBAPP_ROOT = "META-INF/resources/webjars/camunda/app/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebappLocaleBuilder() {
    }

    /** Arguments: the unpacked npm package folder, our additions folder, the output (classes) folder. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: WebappLocaleBuilder <npm package dir> <additions dir> <output dir>");
        }
        Path packageDir = Path.of(args[0]);
        Path additionsDir = Path.of(args[1]);
        Path outputDir = Path.of(args[2]);
        for (String app : APPS) {
            Result result = build(app, readEnglish(app), readIfExists(packageDir.resolve(app).resolve(LOCALE + ".json")),
                    readIfExists(additionsDir.resolve(app + "." + LOCALE + ".json")),
                    readIfExists(packageDir.resolve("tasklist").resolve(LOCALE + ".json")));
            Path target = outputDir.resolve(WEBAPP_ROOT + app + "/locales/" + LOCALE + ".json");
            Files.createDirectories(target.getParent());
            Files.writeString(target, write(result.locale()), StandardCharsets.UTF_8);
            System.out.printf("[webapp-locales] %s: %d keys (%d ours, %d from %s, %d English)%n", app,
                    result.total(), result.fromAdditions(), result.fromPackage(), "camunda-webapp-translations",
                    result.english());
        }
    }

    /**
     * Merges one app's locale. {@code dateLocalesSource} supplies moment.js date names when neither
     * our additions nor the app's package file have them (only the package's Tasklist file does).
     */
    public static Result build(String app, JsonNode english, JsonNode packaged, JsonNode additions,
                               JsonNode dateLocalesSource) {
        JsonNode englishLabels = english.path("labels");
        ObjectNode labels = JSON.createObjectNode();
        int ours = 0;
        int fromPackage = 0;
        int fallback = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = englishLabels.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode value;
            if (additions != null && additions.path("labels").has(key)) {
                value = additions.path("labels").get(key);
                ours++;
            } else if (packaged != null && packaged.path("labels").has(key)) {
                value = packaged.path("labels").get(key);
                fromPackage++;
            } else {
                value = entry.getValue();
                fallback++;
            }
            labels.set(key, value);
        }
        ObjectNode locale = JSON.createObjectNode();
        JsonNode dates = firstPresent(additions, packaged, dateLocalesSource);
        if (dates != null) {
            locale.set("dateLocales", dates);
        } else if (english.has("dateLocales")) {
            locale.set("dateLocales", english.get("dateLocales"));
        }
        locale.set("labels", labels);
        return new Result(app, locale, labels.size(), ours, fromPackage, fallback);
    }

    /** The webapp's own English file for the Camunda version on the classpath. */
    public static JsonNode readEnglish(String app) throws IOException {
        String resource = WEBAPP_ROOT + app + "/locales/en.json";
        try (InputStream in = WebappLocaleBuilder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the Camunda webapp jar has no " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    public static JsonNode readIfExists(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Camunda's locale files start with a byte order mark, which Jackson refuses. */
    public static JsonNode parse(String text) throws IOException {
        String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return JSON.readTree(clean);
    }

    private static JsonNode firstPresent(JsonNode... sources) {
        for (JsonNode source : sources) {
            if (source != null && source.has("dateLocales")) {
                return source.get("dateLocales");
            }
        }
        return null;
    }

    private static String write(JsonNode node) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer(printer).writeValueAsString(node) + "\n";
    }

    /** Counts tell where each value came from. */
    public record Result(String app, ObjectNode locale, int total, int fromAdditions, int fromPackage, int english) {
    }
}
