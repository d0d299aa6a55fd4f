package cn.deputylink.shared.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** A page of a list answer; lists never return unbounded results. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(),
                page.getTotalElements(), page.getNumber(), page.getSize());
    }
}
