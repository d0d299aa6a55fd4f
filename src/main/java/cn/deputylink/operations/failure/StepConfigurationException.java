package cn.deputylink.operations.failure;

/**
 * The BPMN step is modelled wrongly (e.g. a required input parameter is missing). Passed through
 * unchanged by {@link ExternalSystemDelegate}: retrying will not help, the model must be fixed.
 */
public class StepConfigurationException extends RuntimeException {

    public StepConfigurationException(String message) {
        super(message);
    }
}
