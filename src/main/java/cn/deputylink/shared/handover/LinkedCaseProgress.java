package cn.deputylink.shared.handover;

/** A linked case's public state: its key, a status code, a Chinese label, and whether it is closed. */
public record LinkedCaseProgress(String businessKey, String status, String statusLabel, boolean closed) {
}
