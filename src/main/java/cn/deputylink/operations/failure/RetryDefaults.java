package cn.deputylink.operations.failure;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The retry cycle of every failing job that has none of its own: instead of the engine's three
 * immediate attempts (useless against an outage), attempts spaced out so the other system can
 * come back before an incident is raised. Steps can still set their own
 * {@code camunda:failedJobRetryTimeCycle}; Modeler's element templates cannot, so the templates'
 * steps rely on this default.
 */
@Component
public class RetryDefaults extends AbstractProcessEnginePlugin {

    private final String cycle;

    public RetryDefaults(@Value("${deputylink.operations.failed-job-retry-time-cycle:R3/PT5M}") String cycle) {
        this.cycle = cycle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobRetryTimeCycle(cycle);
    }
}
