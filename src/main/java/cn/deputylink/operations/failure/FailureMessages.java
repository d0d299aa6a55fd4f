package cn.deputylink.operations.failure;

import cn.deputylink.shared.privacy.Masking;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Turns a failure of another system into the sentence an operator reads in Cockpit: which
 * system, what went wrong in plain Chinese, which case and step, and what to do.
 */
public final class FailureMessages {

    /** Mainland mobile numbers that an outside system may echo in its error text. */
    private static final Pattern HTTP_STATUS = Pattern.compile("(?<!\\d)([45]\\d\\d)(?!\\d)");
    private static final int MAX_DETAIL = 300;

    private FailureMessages() {
    }

    /**
     * @param system  the other system in Chinese, e.g. "短信网关"
     * @param step    the BPMN step's name, e.g. "短信告知群众" (may be null)
     * @param caseKey the case's business key (may be null)
     */
    public static String describe(String system, String step, String caseKey, Throwable failure) {
        StringBuilder sb = new StringBuilder();
        sb.append("调用").append(system).append("失败：").append(reason(failure)).append('。');
        if (caseKey != null || step != null) {
            sb.append("（");
            if (caseKey != null) {
                sb.append("业务编号 ").append(caseKey);
            }
            if (step != null) {
                sb.append(caseKey != null ? "，" : "").append("环节“").append(step).append('”');
            }
            sb.append("）");
        }
        sb.append("系统会按计划自动重试；重试次数用完后，请排除故障，再在 Cockpit 的“事件”中点“重试”，案件将从本环节继续。");
        String detail = detail(failure);
        if (!detail.isEmpty()) {
            sb.append("原始信息：").append(detail);
        }
        return sb.toString();
    }

    /** The kind of failure in Chinese, judged from the exception and its causes. */
    public static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return "无法连接（对方服务未启动或网络不通）";
            }
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                return "等待响应超时";
            }
            if (t instanceof UnknownHostException) {
                return "无法解析对方地址（域名错误或 DNS 不可用）";
            }
            if (t instanceof SSLException) {
                return "安全连接（SSL/TLS）建立失败";
            }
        }
        String text = String.valueOf(failure.getMessage());
        Matcher status = HTTP_STATUS.matcher(text);
        if (status.find() && text.toUpperCase().contains("HTTP")) {
            int code = Integer.parseInt(status.group(1));
            return code >= 500 ? "对方系统内部错误（HTTP " + code + "）" : "对方拒绝了请求（HTTP " + code + "）";
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                return "通信中断";
            }
        }
        return "对方返回错误";
    }

    /** The original text, phone numbers masked, shortened to fit Camunda's message column comfortably. */
    static String detail(Throwable failure) {
        String text = failure.getMessage();
        if (text == null || text.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        // every way of writing a phone, ID card or bank card number, not only 11 plain digits
        String clean = Masking.freeText(text).replaceAll("\\s+", " ").strip();
        return clean.length() > MAX_DETAIL ? clean.substring(0, MAX_DETAIL) + "…" : clean;
    }
}
