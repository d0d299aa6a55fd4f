package cn.deputylink.shared.handover;

import java.util.Optional;

/**
 * The seam between the two citizen-facing workflows: when station staff triage an opinion with
 * route {@code SUGGESTION}, the opinion workflow hands it to the deputy-suggestion workflow
 * through this interface (implemented by the suggestion feature), and the opinion's tracking
 * page shows the suggestion's progress through it.
 */
public interface SuggestionHandover {

    /**
     * Creates a deputy suggestion from the opinion and starts its workflow, in the caller's
     * transaction. Idempotent per opinion: a second call returns the first suggestion's key.
     *
     * @return the suggestion's business key, e.g. {@code JY-2026-0042}
     */
    String handOver(OpinionHandoverRequest request);

    /** The progress of a suggestion as a citizen may see it (no personal data). */
    Optional<LinkedCaseProgress> progress(String suggestionKey);
}
