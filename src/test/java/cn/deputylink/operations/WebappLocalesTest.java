package cn.deputylink.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.operations.webapp.WebappLocaleBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese webapps as the build leaves them on the classpath: every key of the 7.24 English
 * files of Tasklist, Admin and the welcome page has a Chinese value in our zh-Hans files, and so
 * has every key the Cockpit code uses (dashboard, process definition, process instance and
 * incident screens among them). Fails as soon as a Camunda update brings keys we lack.
 */
class WebappLocalesTest {

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
    /** Values that read the same in Chinese. */
    private static final Set<String> NEUTRAL = Set.of("ID", "ID*", "Camunda", "<null>", "<undefined>", "null", "");

    /** The Cockpit screens we promise in Chinese, by the label families their templates use. */
    private static final Map<String, List<String>> COCKPIT_SCREENS = Map.of(
            "仪表盘", List.of("DASHBOARD_", "COCKPIT_", "CAM_WIDGET_HEADER_", "PAGE_LOGIN_", "PLUGIN_TASK_"),
            "流程定义", List.of("PROCESS_DEFINITION_", "PLUGIN_PROCESS_DEF_", "PLUGIN_PROCESS_INSTANCE",
                    "PLUGIN_JOBDEFINITION_", "PLUGIN_CALLED_PROCESS_", "PLUGIN_SUSPENSION_", "PLUGIN_DIAGRAM_"),
            "流程实例", List.of("PROCESS_INSTANCE_", "PLUGIN_VARIABLE_", "PLUGIN_USER_TASKS_", "PLUGIN_JOBS_",
                    "PLUGIN_EXTERNAL_TASK", "PLUGIN_UPDATE_", "PLUGIN_CANCEL_PROCESS_", "VARIABLE_",
                    "CAM_WIDGET_VARIABLE"),
            "事件", List.of("PLUGIN_INCIDENTS_", "PLUGIN_JOB_RETRY_", "PLUGIN_INC_"));

    static JsonNode resource(String path) throws IOException {
        try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path + " on the classpath").isNotNull();
            return WebappLocaleBuilder.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static String text(String path) throws IOException {
        try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static JsonNode english(String app) throws IOException {
        return resource(WebappLocaleBuilder.WEBAPP_ROOT + app + "/locales/en.json").path("labels");
    }

    static JsonNode chinese(String app) throws IOException {
        return resource(WebappLocaleBuilder.WEBAPP_ROOT + app + "/locales/zh-Hans.json").path("labels");
    }

    static boolean readsAsChinese(String value) {
        return CJK.matcher(value).find() || !LETTERS.matcher(value).find() || NEUTRAL.contains(value);
    }

    static Set<String> placeholders(String value) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Keys whose zh-Hans value is missing, still English, or drops a {{placeholder}}. */
    static List<String> problems(JsonNode english, JsonNode chinese, Set<String> keys) {
        List<String> problems = new ArrayList<>();
        for (String key : keys) {
            String en = english.path(key).asText();
            if (!chinese.has(key)) {
                problems.add(key + ": 缺少（英文：" + en + "）");
                continue;
            }
            String zh = chinese.get(key).asText();
            if (!readsAsChinese(zh)) {
                problems.add(key + ": 仍是英文 “" + zh + "”");
            } else if (!placeholders(en).equals(placeholders(zh))) {
                problems.add(key + ": 占位符不一致 " + placeholders(en) + " ≠ " + placeholders(zh));
            }
        }
        return problems;
    }

    static Set<String> keys(JsonNode labels) {
        Set<String> keys = new LinkedHashSet<>();
        for (Iterator<String> it = labels.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome"})
    void everyEnglishKeyHasAChineseValue(String app) throws IOException {
        JsonNode english = english(app);
        assertThat(keys(english)).as("the 7.24 English file of " + app).hasSizeGreaterThan(100);
        assertThat(problems(english, chinese(app), keys(english))).isEmpty();
        assertThat(resource(WebappLocaleBuilder.WEBAPP_ROOT + app + "/locales/zh-Hans.json").has("dateLocales"))
                .as("Chinese month and day names").isTrue();
    }

    /** Cockpit labels the community edition's code refers to (the rest belong to enterprise plugins). */
    static Set<String> cockpitKeysInUse(JsonNode english) throws IOException {
        String code = text(WebappLocaleBuilder.WEBAPP_ROOT + "cockpit/camunda-cockpit-bootstrap.js")
                + text("META-INF/resources/plugin/cockpit/app/plugin.js")
                + text("META-INF/resources/webjars/camunda/lib/deps.js")
                + text(WebappLocaleBuilder.WEBAPP_ROOT + "cockpit/index.html");
        assertThat(code).hasSizeGreaterThan(1_000_000);
        Set<String> words = new java.util.HashSet<>();
        Matcher word = Pattern.compile("[A-Za-z0-9_]+").matcher(code);
        while (word.find()) {
            words.add(word.group());
        }
        Set<String> used = new LinkedHashSet<>(keys(english));
        used.retainAll(words);
        return used;
    }

    @Test
    void everyCockpitLabelInUseIsChineseIncludingTheFourScreens() throws IOException {
        JsonNode english = english("cockpit");
        JsonNode chinese = chinese("cockpit");
        Set<String> used = cockpitKeysInUse(english);
        assertThat(used).hasSizeGreaterThan(800);
        assertThat(problems(english, chinese, used)).isEmpty();

        Map<String, Integer> perScreen = new LinkedHashMap<>();
        COCKPIT_SCREENS.forEach((screen, prefixes) -> {
            Set<String> keys = new LinkedHashSet<>();
            used.stream().filter(k -> prefixes.stream().anyMatch(k::startsWith)).forEach(keys::add);
            perScreen.put(screen, keys.size());
            assertThat(problems(english, chinese, keys)).as(screen).isEmpty();
        });
        assertThat(perScreen).allSatisfy((screen, count) -> assertThat(count).as(screen).isGreaterThan(15));
        // everything else still has a value (English), so no screen ever shows a raw key
        assertThat(keys(chinese)).containsAll(keys(english));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void ourConfigComesFirstAndMakesChineseTheDefault(String app) throws IOException {
        String path = WebappLocaleBuilder.WEBAPP_ROOT + app + "/scripts/config.js";
        List<URL> all = java.util.Collections.list(getClass().getClassLoader().getResources(path));
        assertThat(all).as("ours and the webjar's").hasSize(2);
        assertThat(all.get(0).getProtocol()).as("the application's own classes first").isEqualTo("file");
        String config = text(path);
        assertThat(config).contains("availableLocales: ['zh-Hans']", "fallbackLocale: 'zh-Hans'");
    }
}
