package cn.deputylink.shared.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Keeps free text out of Camunda's history. Whatever a person types into a form's text field, and
 * whatever prose a form shows, may hold a name or a phone number; the case file in the domain keeps
 * it (masked where it is shown to others), Camunda's history tables never do: variable events of
 * such fields (and the form fields a submission records) are not written to ACT_HI_VARINST or
 * ACT_HI_DETAIL. Ids, codes, choices, numbers and
 * dates stay in history as before, so Cockpit still shows how each case went.
 *
 * <p>The fields are read from the forms (text areas, and one-line fields without a pattern) and
 * from the contracts ({@link ProcessVariable#transientText}).
 */
@Component
public class PersonalTextHistory extends AbstractProcessEnginePlugin {

    private final Set<String> personalText = ConcurrentHashMap.newKeySet();

    public PersonalTextHistory(ObjectMapper json) throws IOException {
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
            try (InputStream in = form.getInputStream()) {
                personalText.addAll(StepInputs.fromForm(json.readTree(in)).freeTextKeys());
            }
        }
    }

    /** Stands in front of the handler the engine built, whatever it writes to. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Filter(configuration.getHistoryEventHandler()));
    }

    /** Whether a variable of this name holds free text that must stay out of history. */
    public boolean isPersonalText(String variableName) {
        return personalText.contains(variableName) || ProcessVariable.isTransient(variableName);
    }

    /** The engine's handler, without the variable events of free text. */
    private final class Filter implements HistoryEventHandler {

        private final HistoryEventHandler delegate;

        Filter(HistoryEventHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricVariableUpdateEventEntity variable
                    && isPersonalText(variable.getVariableName())) {
                return;
            }
            if (event instanceof HistoricFormPropertyEventEntity formField
                    && isPersonalText(formField.getPropertyId())) {
                return;
            }
            delegate.handleEvent(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
