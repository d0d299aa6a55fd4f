package cn.deputylink.vote.ballot;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one ballot says, and nothing else: no voter, no time, no channel. Either spoiled (a paper
 * ballot the tellers cannot read) or one mark per candidate of the round.
 *
 * <p>The canonical text is the stored form and the input of the round's digest:
 * {@code 12=APPROVE;15=ABSTAIN;17=OPPOSE} with candidate ids ascending, or {@code SPOILED}.
 * Equal ballots have equal text, so the digest of a ballot set depends only on its contents.
 */
public record BallotContent(boolean spoiled, SortedMap<Long, Mark> marks) {

    public static final String SPOILED_TEXT = "SPOILED";

    public BallotContent {
        marks = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(marks)));
        if (spoiled && !marks.isEmpty()) {
            throw new IllegalArgumentException("a spoiled ballot carries no marks");
        }
    }

    public static BallotContent of(Map<Long, Mark> marks) {
        return new BallotContent(false, new TreeMap<>(marks));
    }

    public static BallotContent spoiledBallot() {
        return new BallotContent(true, new TreeMap<>());
    }

    public long approvals() {
        return marks.values().stream().filter(m -> m == Mark.APPROVE).count();
    }

    public String canonical() {
        if (spoiled) {
            return SPOILED_TEXT;
        }
        StringBuilder sb = new StringBuilder();
        marks.forEach((candidate, mark) -> {
            if (!sb.isEmpty()) {
                sb.append(';');
            }
            sb.append(candidate).append('=').append(mark.name());
        });
        return sb.toString();
    }

    /** Reads the canonical text back; anything else is a damaged ballot row. */
    public static BallotContent parse(String text) {
        if (SPOILED_TEXT.equals(text)) {
            return spoiledBallot();
        }
        SortedMap<Long, Mark> marks = new TreeMap<>();
        if (text != null && !text.isEmpty()) {
            for (String part : text.split(";")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("damaged ballot text: " + text);
                }
                Long candidate = Long.valueOf(part.substring(0, eq));
                if (marks.put(candidate, Mark.valueOf(part.substring(eq + 1))) != null) {
                    throw new IllegalArgumentException("candidate marked twice on a ballot: " + text);
                }
            }
        }
        return new BallotContent(false, marks);
    }
}
