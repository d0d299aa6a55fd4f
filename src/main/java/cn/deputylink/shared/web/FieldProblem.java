package cn.deputylink.shared.web;

/** One offending input field and what is wrong with it, in words a person reads. */
public record FieldProblem(String field, String message) {
}
