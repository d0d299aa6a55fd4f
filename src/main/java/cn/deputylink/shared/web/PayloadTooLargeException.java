package cn.deputylink.shared.web;

/** A body or an upload over its configured limit; answered with HTTP 413 naming the field. */
public class PayloadTooLargeException extends RuntimeException {

    private final String field;

    public PayloadTooLargeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
