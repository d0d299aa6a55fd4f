package cn.deputylink.operations.deployment;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns "deploy changed only" into "deploy only if something changed". Camunda Modeler deploys
 * with {@code deploy-changed-only=true}, which leaves unchanged resources out of the new
 * deployment; but our models bind their forms and decision tables to their own deployment
 * ({@code formRefBinding/decisionRefBinding="deployment"}), so a designer who changes only the
 * diagram would get a version whose tasks have no form and whose routing table is missing. With
 * this plugin an unchanged deployment is still skipped entirely, and a changed one carries all
 * the files the designer sent.
 */
@Component
public class WholeDeployments extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(WholeDeployments.class);
    private static final Field BUILDER = builderField();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (command instanceof DeployCmd deploy) {
                    wholeDeployment(deploy);
                }
                return next.execute(command);
            }
        });
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    static void wholeDeployment(DeployCmd deploy) {
        try {
            DeploymentBuilderImpl builder = (DeploymentBuilderImpl) BUILDER.get(deploy);
            if (builder != null && builder.isDuplicateFilterEnabled() && builder.isDeployChangedOnly()) {
                builder.enableDuplicateFiltering(false);
                log.info("deployment '{}': deploying all its resources when any of them changed", builder.getDeployment().getName());
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the deployment of " + deploy, e);
        }
    }

    private static Field builderField() {
        try {
            Field field = DeployCmd.class.getDeclaredField("deploymentBuilder");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's DeployCmd changed: no deploymentBuilder field", e);
        }
    }
}
