package cn.deputylink.opinion;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Writes the case timeline; the time is the engine clock, so tests that move it see it here too. */
@Component
public class OpinionTimeline {

    private final OpinionEventRepository events;

    public OpinionTimeline(OpinionEventRepository events) {
        this.events = events;
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public OpinionEvent add(Opinion opinion, OpinionEventType type, String actor, String publicText,
                            String internalNote) {
        return events.save(new OpinionEvent(opinion, type, now(), actor, truncate(publicText, 500),
                truncate(internalNote, 2000)));
    }

    public List<OpinionEvent> of(Opinion opinion) {
        return events.findByOpinionOrderByOccurredAtAscIdAsc(opinion);
    }

    static String truncate(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
