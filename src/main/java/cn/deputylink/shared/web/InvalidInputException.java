package cn.deputylink.shared.web;

import java.util.List;

/** Input that passes the syntax checks but breaks a business rule; answered with HTTP 400. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "请求参数有误" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
