package cn.deputylink.shared.handover;

/**
 * What the opinion workflow hands over: which opinion, which deputy raises it, and the text.
 * No citizen's name or phone: the suggestion refers back to the opinion for those.
 */
public record OpinionHandoverRequest(long opinionId, String opinionTrackingCode, String deputyCode,
                                     String title, String content, String category, String handedOverBy) {
}
