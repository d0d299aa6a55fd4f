package cn.deputylink.shared.web;

/** An id in the path that names nothing; answered with HTTP 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException of(String what, Object id) {
        return new NotFoundException(what + "不存在：" + id);
    }
}
