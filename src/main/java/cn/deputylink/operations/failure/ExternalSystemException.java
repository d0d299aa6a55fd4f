package cn.deputylink.operations.failure;

/**
 * A call to another system failed. Its message is what Cockpit shows as the incident message
 * once the retries are used up, so it is Chinese, names the system and the case, and carries no
 * personal data.
 */
public class ExternalSystemException extends RuntimeException {

    private final String system;

    public ExternalSystemException(String system, String message, Throwable cause) {
        super(message, cause);
        this.system = system;
    }

    public String system() {
        return system;
    }
}
