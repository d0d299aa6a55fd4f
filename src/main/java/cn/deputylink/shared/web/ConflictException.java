package cn.deputylink.shared.web;

/** A request that clashes with the current state (duplicate code, wrong case state); HTTP 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
