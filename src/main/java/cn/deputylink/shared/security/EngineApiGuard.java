package cn.deputylink.shared.security;

import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.process.TaskCompletion;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the engine's REST API, both {@code /engine-rest} and the one the webapps use
 * ({@code /camunda/api/engine}), and lets through only what each role's work needs.
 *
 * <ul>
 *   <li>Completing a task, submitting its form and starting a process go through
 *       {@link TaskCompletion}, the one door that accepts only a step's declared inputs.</li>
 *   <li>Everyone but {@code camunda-admin} may read (the engine's authorizations decide what) and
 *       query, claim and hand back tasks; setting variables, creating or editing tasks and filters,
 *       correlating messages, and everything about jobs, deployments, batches, users, groups,
 *       authorizations and history cleanup are for administrators. Supervisors and the liaison
 *       office also read jobs and incidents, for Cockpit.</li>
 *   <li>The user and group directory is not listed to non-administrators: they read single
 *       profiles (display names) and their own groups, which is all Tasklist needs.</li>
 * </ul>
 */
public class EngineApiGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineApiGuard.class);

    private static final Pattern TASK_DOOR = Pattern.compile("^/task/([^/]+)/(complete|submit-form)$");
    private static final Pattern START_DOOR =
            Pattern.compile("^/process-definition/(key/([^/]+)|([^/]+))/(start|submit-form)$");
    private static final Pattern ENGINE_PREFIX = Pattern.compile("^/engine/[^/]+(/.*)$");

    /** Writes (POST) that only query or act on the caller's own work. */
    private static final List<Pattern> ALLOWED_POSTS = patterns(
            "/task", "/task/count", "/task/[^/]+/(claim|unclaim)",
            "/filter/[^/]+/(list|count|singleResult)",
            "/process-instance", "/process-instance/count", "/execution", "/execution/count",
            "/variable-instance", "/variable-instance/count",
            "/history/(process-instance|activity-instance|variable-instance|task|detail|incident|decision-instance)(/count)?",
            "/history/process-instance/report", "/identity/password-policy");

    /** Reads that stay with administrators (and, for jobs and incidents, the overseers). */
    private static final List<Pattern> ADMIN_READS = patterns(
            "/deployment(/.*)?", "/batch(/.*)?", "/authorization(/.*)?", "/tenant(/.*)?",
            "/history/cleanup(/.*)?", "/history/batch(/.*)?", "/schema/log", "/telemetry(/.*)?", "/metrics(/.*)?",
            "/user/count", "/group/count");
    private static final List<Pattern> OVERSEER_READS = patterns(
            "/job(/.*)?", "/job-definition(/.*)?", "/incident(/.*)?", "/history/job-log(/.*)?",
            "/history/incident(/.*)?", "/external-task(/.*)?", "/history/user-operation(/.*)?");
    /** Queries (POST) of jobs and incidents, for the overseers' Cockpit. */
    private static final List<Pattern> OVERSEER_QUERIES = patterns("/job(/count)?", "/incident(/count)?",
            "/history/job-log(/count)?", "/external-task(/count)?");

    private final ProcessEngine engine;
    private final TaskCompletion door;
    private final ObjectMapper json;

    public EngineApiGuard(ProcessEngine engine, TaskCompletion door, ObjectMapper json) {
        this.engine = engine;
        this.door = door;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = enginePath(request);
        Caller caller = caller(request);
        if (caller == null) {
            // not logged in: the authentication filters answer (401 / the webapp's login)
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest forward;
        try {
            forward = passes(request, response, path, caller);
            if (forward == null) {
                return;
            }
        } catch (InvalidInputException e) {
            error(response, 400, "InvalidRequestException", e.getMessage(), e.problems());
            return;
        } catch (ForbiddenException e) {
            error(response, 403, "AuthorizationException", e.getMessage(), List.of());
            return;
        } catch (NotFoundException e) {
            error(response, 404, "InvalidRequestException", e.getMessage(), List.of());
            return;
        } catch (ConflictException e) {
            error(response, 409, "OptimisticLockingException", e.getMessage(), List.of());
            return;
        }
        chain.doFilter(forward, response);
    }

    /** The request to let through to the engine, or null when it was answered here. */
    private HttpServletRequest passes(HttpServletRequest request, HttpServletResponse response, String path, Caller caller)
            throws IOException {
        String method = request.getMethod();
        Matcher task = TASK_DOOR.matcher(path);
        if ("POST".equals(method) && task.matches()) {
            JsonNode body = body(request);
            door.complete(task.group(1), variables(body.path("variables")), caller.authentication(),
                    "submit-form".equals(task.group(2)));
            if (body.path("withVariablesInReturn").asBoolean(false)) {
                write(response, 200, json.createObjectNode());
            } else {
                response.setStatus(204);
            }
            return null;
        }
        Matcher start = START_DOOR.matcher(path);
        if ("POST".equals(method) && start.matches()) {
            JsonNode body = body(request);
            for (String systemOnly : List.of("businessKey", "caseInstanceId", "startInstructions",
                    "skipCustomListeners", "skipIoMappings")) {
                if (body.hasNonNull(systemOnly) && !body.path(systemOnly).asText().isEmpty()
                        && !"false".equals(body.path(systemOnly).asText())) {
                    throw new InvalidInputException(systemOnly, "发起流程时不能指定“" + systemOnly + "”");
                }
            }
            ProcessInstance instance = door.start(start.group(2), start.group(3), variables(body.path("variables")),
                    caller.authentication());
            ObjectNode answer = json.createObjectNode();
            answer.put("id", instance.getId());
            answer.put("definitionId", instance.getProcessDefinitionId());
            answer.put("businessKey", instance.getBusinessKey());
            answer.put("ended", instance.isEnded());
            answer.put("suspended", instance.isSuspended());
            answer.putArray("links");
            write(response, 200, answer);
            return null;
        }
        if (caller.isAdmin()) {
            return request;
        }
        boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        if (read) {
            if (matchesAny(ADMIN_READS, path) || (matchesAny(OVERSEER_READS, path) && !caller.isOverseer())) {
                log.info("engine API read refused: {} {} by {}", method, path, caller.userId());
                throw new ForbiddenException("无权查看此项内容");
            }
            checkDirectoryRead(request, path, caller);
            return request;
        }
        if ("POST".equals(method) && caller.isOverseer() && matchesAny(OVERSEER_QUERIES, path)) {
            return request;
        }
        if ("POST".equals(method) && matchesAny(ALLOWED_POSTS, path)) {
            if (path.endsWith("/claim")) {
                CachedBody cached = new CachedBody(request);
                if (!caller.userId().equals(json.readTree(cached.bytes()).path("userId").asText())) {
                    throw new ForbiddenException("只能由本人认领任务");
                }
                return cached;
            }
            return request;
        }
        if ("PUT".equals(method) && (path.equals("/user/" + caller.userId() + "/credentials")
                || path.equals("/user/" + caller.userId() + "/profile"))) {
            return request;
        }
        log.info("engine API write refused: {} {} by {}", method, path, caller.userId());
        throw new ForbiddenException(path.contains("ariables")
                ? "流程变量只能由系统写入，请在任务表单中办理"
                : "无权执行此操作，请在任务表单或业务页面中办理");
    }

    /** Single profiles and one's own groups, never the directory. */
    private void checkDirectoryRead(HttpServletRequest request, String path, Caller caller) {
        if (path.equals("/user")) {
            boolean single = request.getParameter("id") != null || request.getParameter("idIn") != null;
            String group = request.getParameter("memberOfGroup");
            if (!single && (group == null || !caller.groups().contains(group))) {
                throw new ForbiddenException("无权查看用户名录");
            }
        } else if (path.equals("/group")) {
            boolean own = caller.userId().equals(request.getParameter("member"));
            boolean single = request.getParameter("id") != null || request.getParameter("idIn") != null;
            if (!own && !single) {
                throw new ForbiddenException("无权查看用户组名录");
            }
        } else if (path.equals("/identity/groups")) {
            if (!caller.userId().equals(request.getParameter("userId"))) {
                throw new ForbiddenException("只能查看本人所在的组");
            }
        } else if (path.matches("^/group/[^/]+/members.*") || path.matches("^/user/[^/]+$")) {
            throw new ForbiddenException("无权查看用户名录");
        }
    }

    private Map<String, Object> variables(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new InvalidInputException("variables", "variables 应为对象");
        }
        Map<String, VariableValueDto> dtos = json.convertValue(node, new TypeReference<>() { });
        try {
            VariableMap map = VariableValueDto.toMap(dtos, engine, json);
            return map;
        } catch (RuntimeException e) {
            throw new InvalidInputException("variables", "字段值的类型不正确");
        }
    }

    private JsonNode body(HttpServletRequest request) throws IOException {
        byte[] bytes = request.getInputStream().readAllBytes();
        if (bytes.length == 0) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new InvalidInputException("body", "请求内容不是有效的 JSON");
        }
    }

    /** The caller: HTTP Basic on /engine-rest (already checked), the webapp session on /camunda/api. */
    private Caller caller(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
            HttpSession session = request.getSession(false);
            Authentications auths = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            if (auths == null || !(auths.getAuthenticationForProcessEngine(engine.getName())
                    instanceof UserAuthentication user)) {
                return null;
            }
            if ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod())
                    || "DELETE".equals(request.getMethod())) {
                Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
                String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
                if (expected == null || !Objects.equals(expected.toString(), sent)) {
                    return null;
                }
            }
            return new Caller(user.getIdentityId(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
        }
        Authentication current = engine.getIdentityService().getCurrentAuthentication();
        if (current == null || current.getUserId() == null) {
            return null;
        }
        return new Caller(current.getUserId(), current.getGroupIds() == null ? List.of() : current.getGroupIds());
    }

    /** The path below the engine's REST root: /engine-rest/engine/default/task → /task. */
    static String enginePath(HttpServletRequest request) {
        String servletPath = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String path = servletPath;
        for (String root : new String[] {"/engine-rest", "/camunda/api/engine"}) {
            if (path.startsWith(root)) {
                path = path.substring(root.length());
                break;
            }
        }
        Matcher named = ENGINE_PREFIX.matcher(path);
        if (named.matches()) {
            path = named.group(1);
        }
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.isEmpty() ? "/" : path;
    }

    private void write(HttpServletResponse response, int status, JsonNode body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }

    private void error(HttpServletResponse response, int status, String type, String message,
                       List<FieldProblem> problems) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("type", type);
        body.put("message", message);
        if (!problems.isEmpty() && !problems.get(0).field().isEmpty()) {
            body.put("field", problems.get(0).field());
            body.set("problems", json.valueToTree(problems));
        }
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }

    private static boolean matchesAny(List<Pattern> patterns, String path) {
        return patterns.stream().anyMatch(p -> p.matcher(path).matches());
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(r -> Pattern.compile("^" + r + "$")).toList();
    }

    /** A request whose body was read here and is read again by the engine. */
    static final class CachedBody extends jakarta.servlet.http.HttpServletRequestWrapper {

        private final byte[] bytes;

        CachedBody(HttpServletRequest request) throws IOException {
            super(request);
            this.bytes = request.getInputStream().readAllBytes();
        }

        byte[] bytes() {
            return bytes.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : bytes;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(bytes);
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    record Caller(String userId, List<String> groups) {

        private static final Set<String> OVERSEERS = Set.of(Roles.SUPERVISORS, Roles.LIAISON_OFFICE, Roles.ADMIN);

        boolean isAdmin() {
            return groups.contains(Roles.ADMIN);
        }

        boolean isOverseer() {
            return groups.stream().anyMatch(OVERSEERS::contains);
        }

        Authentication authentication() {
            return new Authentication(userId, groups);
        }
    }
}
